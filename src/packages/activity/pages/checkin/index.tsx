import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { Scan } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { CheckinByCode } from '@/features/activities/checkin-by-code';
import { type CheckinOutcome, CheckinResult } from '@/features/activities/checkin-result';
import { scanAndCheckIn } from '@/features/activities/checkin-scan';
import { replacePage } from '@/lib/pages';
import '@/features/activities/checkin.scss';

/**
 * 现场签到: in WeChat, scan the QR code on the organiser's screen; anywhere, type the 6-digit code beside
 * it for an activity open for check-in now. The outcome fills the page, with the way back to 活动.
 */
export default function CheckinPage() {
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [scanning, setScanning] = useState(false);
  const back = () => replacePage('activity');
  const scan = async () => {
    setScanning(true);
    const scanned = await scanAndCheckIn();
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
            {process.env.TARO_ENV === 'weapp' ? (
              <View className="checkin-card">
                <Text className="checkin-card__title">扫码签到</Text>
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
                  扫描签到二维码
                </Button>
              </View>
            ) : null}
            <CheckinByCode onDone={(done) => setOutcome({ ok: true, done })} onBack={back} />
          </>
        )}
      </View>
    </PageShell>
  );
}
