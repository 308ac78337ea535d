import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { CellGroup } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { BindingRequestCell } from '@/features/admin/binding-request-cell';
import { ReasonDialog } from '@/features/admin/reason-dialog';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import '@/features/admin/members.scss';
import '@/features/admin/workbench.scss';

/** Binding requests waiting in the unit's subtree: approve the roster match, or reject with a reason. */
export default function BindingsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const { state, reload, setData } = useCall('admin.bindingList', { unitId }, unitId);
  const [rejecting, setRejecting] = useState<{ requestId: string; name: string } | null>(null);

  const decide = async (requestId: string, approve: boolean, comment?: string) => {
    const result = await call('admin.bindingDecide', { requestId, approve, comment });
    if (!result.ok) return result.error.fields?.comment ?? result.error.message;
    setData(result.data);
    void Taro.showToast({ title: approve ? '已同意' : '已拒绝', icon: 'success' });
    return null;
  };
  const approve = async (requestId: string) => {
    const refused = await decide(requestId, true);
    if (refused) void Taro.showModal({ title: '未能同意', content: refused, showCancel: false });
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={retryWhenUseful(state, reload)}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyView
              message="没有待审核的绑定申请"
              hint="党员用支部邀请码申请绑定后会出现在这里"
              action={{ label: '查看党员名册', onClick: () => openAdmin.members(unitId) }}
            />
          ) : (
            <CellGroup className="bindings-list">
              {data.items.map((item) => (
                <BindingRequestCell
                  key={item.requestId}
                  item={item}
                  onApprove={() => void approve(item.requestId)}
                  onReject={() => setRejecting({ requestId: item.requestId, name: item.name })}
                />
              ))}
            </CellGroup>
          )
        }
      </CallView>
      <ReasonDialog
        title="拒绝绑定申请"
        visible={rejecting !== null}
        prompt={rejecting ? `拒绝 ${rejecting.name} 的绑定申请，原因会告知申请人。` : undefined}
        confirmText="确认拒绝"
        maxLength={100}
        onClose={() => setRejecting(null)}
        onSubmit={async (reason) => {
          if (!rejecting) return null;
          const refused = await decide(rejecting.requestId, false, reason);
          if (refused === null) setRejecting(null);
          return refused;
        }}
      />
    </PageShell>
  );
}
