import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '@/components/form';
import { call } from '@/lib/api-client';
import { clockTimeText } from '@/lib/format';
import { currentLocation } from '@/lib/platform/wechat-extras';

type Message = { ok: boolean; text: string };

/**
 * Check-in by typing the 6-digit code shown beside the organiser's QR code: for browsers, which cannot
 * scan, and for anyone who finds scanning hard. The code changes every 10 seconds, so it is typed here on
 * the activity itself and sent at once.
 */
export function CheckinCodeForm({ activityId, onDone }: { activityId: string; onDone: (message: Message) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const digits = code.replace(/\D/g, '');
  const submit = async () => {
    setBusy(true);
    const location = await currentLocation();
    // Declined the privacy guide: the user has been told, and nothing is sent.
    if (location.kind === 'refused') return setBusy(false);
    const where = location.kind === 'located' ? { latitude: location.latitude, longitude: location.longitude } : {};
    const result = await call('activity.checkIn', { activityId, code: digits, ...where });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.code ?? result.error.message);
      return;
    }
    setCode('');
    setError('');
    onDone({ ok: true, text: `签到成功（${clockTimeText(result.data.checkedInAt)}）。` });
  };
  return (
    <View className="checkin-code">
      <TextField
        label="签到码"
        name="checkin-digits"
        type="number"
        maxlength={6}
        placeholder="组织者屏幕上的 6 位数字"
        value={code}
        onChange={setCode}
        error={error}
      />
      <Button
        block
        type="primary"
        className="detail__checkin-submit"
        data-testid="checkin-submit"
        loading={busy}
        disabled={busy || digits.length !== 6}
        onClick={() => void submit()}
      >
        签到
      </Button>
    </View>
  );
}
