import { useEffect } from 'react';
import { View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { BootstrapForm, enterBound, InviteForm, RequestForm } from '@/features/member/bind-forms';
import { PendingBindingRequest } from '@/features/member/pending-binding-request';
import { useCall } from '@/lib/use-call';
import './index.scss';

/** A WeChat user not yet linked to the roster binds with an invite code, or asks the branch to approve. */
export default function BindPage() {
  const { state, reload } = useCall('auth.bindingStatus', {});
  useEffect(() => {
    if (state.status === 'ready' && state.data.status === 'bound') enterBound(state.data);
  }, [state]);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload} loadingLabel="正在查看绑定状态…">
        {(status) =>
          status.status === 'pending' && status.request ? (
            <PendingBindingRequest request={status.request} onChanged={reload} />
          ) : (
            <View>
              <View className="notice">您的微信还没有绑定党员档案。绑定后才能学习、答题和报名活动。</View>
              <InviteForm />
              <RequestForm onSubmitted={reload} />
              {status.bootstrapOpen ? <BootstrapForm /> : null}
            </View>
          )
        }
      </CallView>
    </PageShell>
  );
}
