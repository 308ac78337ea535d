import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tabs } from '@nutui/nutui-react-taro';
import { Scan } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { CheckinByCode } from '@/features/activities/checkin-by-code';
import type { CheckinMode } from '@/features/activities/checkin-code-form';
import { type CheckinOutcome, CheckinResult } from '@/features/activities/checkin-result';
import { scanAndCheckIn } from '@/features/activities/checkin-scan';
import { replacePage } from '@/lib/pages';
import '@/features/activities/checkin.scss';

/**
 * 现场签到 and, for 志愿服务, 签退: in WeChat, scan the QR code on the organiser's screen; anywhere, type the
 * 6-digit code beside it. Check-out uses the same code, so volunteer hours run from check-in to check-out.
 * The outcome fills the page, with the way back to 活动.
 */
export default function CheckinPage() {
  // `?mode=out` opens on the 签退 tab, for a link that leads a volunteer straight to checking out.
  const opensOnCheckout = useRouter().params.mode === 'out';
  const [mode, setMode] = useState<CheckinMode>(opensOnCheckout ? 'out' : 'in');
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [scanning, setScanning] = useState(false);
  const back = () => replacePage('activity');
  const verb = mode === 'out' ? '签退' : '签到';
  const scan = async () => {
    setScanning(true);
    const scanned = await scanAndCheckIn(mode);
    setScanning(false);
    if (scanned) setOutcome(scanned);
  };

  return (
    <PageShell>
      <View className="checkin-page">
        {outcome ? (
          <CheckinResult outcome={outcome} onRetry={() => setOutcome(null)} onBack={back} />
        ) : (
          <>
            <Tabs value={mode} onChange={(value) => setMode(value as CheckinMode)} activeType="simple">
              <Tabs.TabPane title="签到" value="in" />
              <Tabs.TabPane title="志愿服务签退" value="out" />
            </Tabs>
            {process.env.TARO_ENV === 'weapp' ? (
              <View className="checkin-card">
                <Text className="checkin-card__title">扫码{verb}</Text>
                <Text className="checkin-card__hint">对准组织者屏幕上的签到二维码。</Text>
                <Button
                  block
                  type="primary"
                  size="large"
                  icon={<Scan size={20} />}
                  loading={scanning}
                  disabled={scanning}
                  onClick={() => void scan()}
                >
                  {mode === 'out' ? '扫描二维码签退' : '扫描签到二维码'}
                </Button>
              </View>
            ) : null}
            <CheckinByCode key={mode} mode={mode} onDone={(done) => setOutcome({ ok: true, done })} onBack={back} />
          </>
        )}
      </View>
    </PageShell>
  );
}
