import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import type { HonoursOutput } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { CallView } from '@/components/call-view';
import { ConfirmIdentity } from '@/components/confirm-identity';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import { HonourForm } from './honour-form';
import { HonourList } from './honour-list';

/** 表彰奖惩 of one member: 表彰 at once; 处分 only after the admin confirms identity (logged). */
export function MemberHonours({ memberId }: { memberId: string }) {
  const plain = useCall('admin.honours', { memberId }, memberId);
  const [revealed, setRevealed] = useState<z.output<typeof HonoursOutput> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [adding, setAdding] = useState(false);
  const reveal = async (confirmation: Parameters<typeof call<'admin.honours'>>[1]['confirmation']) => {
    setConfirming(false);
    const result = await call('admin.honours', { memberId, confirmation });
    if (result.ok) setRevealed(result.data);
    else void Taro.showToast({ title: result.error.message, icon: 'none' });
  };
  return (
    <View>
      {confirming ? (
        <ConfirmIdentity
          purpose="查看处分记录"
          actionLabel="确认并查看"
          onConfirmed={(confirmation) => void reveal(confirmation)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <CallView state={plain.state} onRetry={plain.reload}>
          {(data) => <HonourList items={(revealed ?? data).items} empty="还没有表彰记录。" />}
        </CallView>
      )}
      <View className="assess-toolbar">
        <Button type="primary" fill="outline" onClick={() => setAdding(true)}>
          记入表彰或处分
        </Button>
        {revealed ? null : (
          <Button fill="outline" onClick={() => setConfirming(true)}>
            查看处分记录
          </Button>
        )}
      </View>
      <Popup visible={adding} position="bottom" round closeable title="记入表彰或处分" onClose={() => setAdding(false)}>
        <View className="assess-sheet">
          {adding ? (
            <HonourForm
              memberId={memberId}
              onDone={() => {
                setAdding(false);
                setRevealed(null);
                plain.reload();
              }}
            />
          ) : null}
        </View>
      </Popup>
    </View>
  );
}
