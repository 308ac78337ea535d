import { useState } from 'react';
import dayjs from 'dayjs';
import { replacePage } from '@/lib/pages';
import { Button, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { call } from '@/lib/api-client';
import { currentLocation, scanCode } from '@/lib/platform/wechat-extras';

/**
 * Check-in: in WeChat, scan the QR code on the organiser's screen. A browser has no scanner: there the
 * member types the 6-digit code shown beside the QR on the activity's own page, which names the activity.
 * The location goes along, for activities bound to a place.
 */
export default function CheckinPage() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (token: string) => {
    setBusy(true);
    const location = await currentLocation();
    // Declined the privacy guide: the user has been told, and nothing is sent.
    if (location.kind === 'refused') return setBusy(false);
    const where = location.kind === 'located' ? { latitude: location.latitude, longitude: location.longitude } : {};
    const result = await call('activity.checkIn', { token: token.trim(), ...where });
    setBusy(false);
    setMessage(
      result.ok
        ? { ok: true, text: `签到成功：${result.data.title}（${dayjs(result.data.checkedInAt).format('HH:mm')}）` }
        : { ok: false, text: result.error.message },
    );
  };

  const scan = async () => {
    const token = await scanCode();
    if (token) await submit(token);
  };

  return (
    <PageShell>
      {message ? (
        <View className={message.ok ? 'notice notice--ok checkin__message' : 'notice checkin__message'}>
          {message.text}
        </View>
      ) : null}
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className="button" loading={busy} onClick={() => void scan()}>
          扫描签到二维码
        </Button>
      ) : (
        <View className="card">
          <View className="checkin__hint">
            浏览器里无法扫码。请在「我的活动」中打开要签到的活动，输入组织者屏幕上二维码旁的 6 位数字签到码。
          </View>
          <Button className="button checkin__activities" onClick={() => replacePage('activity')}>
            返回活动列表
          </Button>
        </View>
      )}
    </PageShell>
  );
}
