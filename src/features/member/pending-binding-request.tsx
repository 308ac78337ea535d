import { useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { Button, Text, View } from '@tarojs/components';
import type { BindingState } from '@contract/schemas/binding';
import { InfoRows } from '@/components/info-rows';
import { call } from '@/lib/api-client';

type SubmittedRequest = NonNullable<BindingState['request']>;

/** A request waiting for the branch: what was sent, a refresh, and taking it back to correct it. */
export function PendingBindingRequest({ request, onChanged }: { request: SubmittedRequest; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回绑定申请',
      content: '撤回后支部管理员将看不到这条申请，您可以修改后重新提交。确定撤回吗？',
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!confirm) return;
    setBusy(true);
    const result = await call('auth.withdrawBindingRequest', {});
    setBusy(false);
    if (result.ok) onChanged();
    else setError(result.error.message);
  };
  return (
    <View className="card state">
      <Text className="state__text">您的绑定申请已提交，支部管理员审核通过后即可使用。</Text>
      <InfoRows
        rows={[
          ['姓名', request.name],
          ['所在党支部', request.unitName],
          ['手机号', `*******${request.phoneLast4}`],
          ['提交时间', dayjs(request.createdAt).format('YYYY年M月D日 HH:mm')],
        ]}
      />
      {error ? <View className="field__error">{error}</View> : null}
      <Button className="button" onClick={onChanged}>
        刷新审核结果
      </Button>
      <Button className="button button--plain" loading={busy} disabled={busy} onClick={() => void withdraw()}>
        撤回申请
      </Button>
    </View>
  );
}
