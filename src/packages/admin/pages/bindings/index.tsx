import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';

/** Binding requests waiting in the unit's subtree: approve the roster match, or reject. */
export default function BindingsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const { state, reload, setData } = useCall('admin.bindingList', { unitId }, unitId);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const decide = async (requestId: string, approve: boolean, name: string) => {
    const result = await call('admin.bindingDecide', { requestId, approve });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    setData(result.data);
    setMessage({ ok: true, text: approve ? `已同意 ${name} 的绑定申请。` : `已驳回 ${name} 的申请。` });
  };

  return (
    <PageShell>
      {message ? <View className={message.ok ? 'notice notice--ok' : 'notice'}>{message.text}</View> : null}
      <CallView state={state} onRetry={reload}>
        {(data) => (
          <View>
            {data.items.length === 0 ? <EmptyView message="没有待审核的绑定申请。" /> : null}
            {data.items.map((item) => (
              <View className="card" key={item.requestId}>
                <View className="row">
                  <Text className="members__name">{item.name}</Text>
                  <Text className="muted">{dayjs(item.createdAt).format('M月D日 HH:mm')}</Text>
                </View>
                <View className="muted">
                  {item.unitName} · 手机尾号 {item.phoneLast4}
                </View>
                {item.candidate ? (
                  <View className="notice notice--ok">花名册匹配：{item.candidate.name}（手机尾号相同）</View>
                ) : (
                  <View className="notice">花名册中没有唯一匹配的党员，请核对或先补录花名册。</View>
                )}
                <View className="actions">
                  <Button
                    className="button"
                    disabled={!item.candidate}
                    onClick={() => void decide(item.requestId, true, item.name)}
                  >
                    同意绑定
                  </Button>
                  <Button
                    className="button button--plain"
                    onClick={() => void decide(item.requestId, false, item.name)}
                  >
                    驳回
                  </Button>
                </View>
              </View>
            ))}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
