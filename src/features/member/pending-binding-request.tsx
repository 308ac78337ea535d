import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Clock } from '@nutui/icons-react-taro';
import type { BindingState } from '@contract/schemas/binding';
import { InfoRows } from '@/components/info-rows';
import { call } from '@/lib/api-client';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';

type SubmittedRequest = NonNullable<BindingState['request']>;

/** A request waiting for the branch: what was sent, a refresh, and taking it back to correct it. */
export function PendingBindingRequest({ request, onChanged }: { request: SubmittedRequest; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回绑定申请？',
      content: '撤回后支部管理员将看不到这条申请，您可以修改后重新提交。',
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
    <View className="bind-pending">
      <View className="card state">
        <View className="state__icon">
          <Clock size={32} color={colors.gold} />
        </View>
        <Text className="state__text">绑定申请已提交，等待支部管理员审核</Text>
        <Text className="state__hint">审核通过后，重新打开小程序即可使用。</Text>
      </View>
      <InfoRows
        rows={[
          ['姓名', request.name],
          ['所在党支部', request.unitName],
          ['手机号', `*******${request.phoneLast4}`],
          ['提交时间', whenText(request.createdAt)],
        ]}
      />
      {error ? <Text className="field__error">{error}</Text> : null}
      <View className="bind-pending__actions">
        <Button fill="outline" loading={busy} onClick={() => void withdraw()}>
          撤回申请
        </Button>
        <Button type="primary" onClick={onChanged}>
          刷新审核结果
        </Button>
      </View>
    </View>
  );
}
