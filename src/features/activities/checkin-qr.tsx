import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { LoadingView } from '@/components/state-views';
import { call } from '@/lib/api-client';

/** The rotating check-in code: a new QR image and 6-digit code every few seconds while this panel is open. */
export function CheckinQr({ activityId }: { activityId: string }) {
  const [code, setCode] = useState<{ code: string; qrDataUrl: string } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      const result = await call('admin.checkinToken', { activityId });
      if (stopped) return;
      if (result.ok) setCode(result.data);
      else setError(result.error.message);
    };
    void refresh();
    const timer = setInterval(() => void refresh(), 5000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [activityId]);
  if (error) return <View className="notice">{error}</View>;
  if (!code) return <LoadingView label="正在生成签到码…" />;
  return (
    <View className="card manage__qr">
      <Image className="manage__qr-image" src={code.qrDataUrl} mode="aspectFit" />
      <View className="manage__digits" aria-label="数字签到码" data-testid="checkin-digits">
        {code.code}
      </View>
      <Text className="muted">不方便扫码的党员：打开活动详情，点「签到」输入上面的 6 位数字。</Text>
      <Text className="muted">二维码每 5 秒更新一次，数字签到码随之更新，转发的截图很快失效。</Text>
    </View>
  );
}
