import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, View } from '@tarojs/components';
import { TextField } from '../../../../components/form';
import { PageShell } from '../../../../components/page-shell';
import { call } from '../../../../lib/api-client';
import { currentLocation, scanCode } from '../../../../lib/platform/wechat-extras';

/**
 * Check-in: in WeChat, scan the QR code on the organiser's screen; in a browser (where there is no
 * scanner), type the code shown under it. The location goes along, for activities bound to a place.
 */
export default function CheckinPage() {
  const [code, setCode] = useState('');
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
          <View className="muted">电脑或浏览器上无法扫码：请输入组织者屏幕上二维码下方的签到码。</View>
          <TextField label="签到码" value={code} onChange={setCode} name="checkin-code" />
          <Button
            className="button checkin__submit"
            loading={busy}
            disabled={busy || code.trim().length < 10}
            onClick={() => void submit(code)}
          >
            签到
          </Button>
        </View>
      )}
    </PageShell>
  );
}
