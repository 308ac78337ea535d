import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { z } from 'zod';
import type { CheckInOutput, CheckOutOutput } from '@contract/schemas/activities';
import { TextField } from '@/components/form';
import { call } from '@/lib/api-client';
import type { ApiResult } from '@contract/errors';
import { currentLocation } from '@/lib/platform/wechat-extras';
import './checkin.scss';

/** A check-in, or a 志愿服务 check-out with the minutes it counts. */
export type CheckedIn = z.infer<typeof CheckInOutput> &
  Partial<Pick<z.infer<typeof CheckOutOutput>, 'checkedOutAt' | 'countedFrom' | 'countedTo' | 'minutes'>>;
export type CheckinMode = 'in' | 'out';

/**
 * Check-in by typing the 6-digit code shown beside the organiser's QR code: for browsers, which cannot
 * scan, and for anyone who finds scanning hard. The code changes every few seconds, so it is sent at once;
 * a refusal (wrong code, outside the window, too far away) stays on the field so the member can retype.
 */
export function CheckinCodeForm({
  activityId,
  mode = 'in',
  onDone,
}: {
  activityId: string;
  mode?: CheckinMode;
  onDone: (done: CheckedIn) => void;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const digits = code.replace(/\D/g, '');
  const submit = async () => {
    setBusy(true);
    if (mode === 'out') return finish(await call('activity.checkOut', { activityId, code: digits }));
    const location = await currentLocation();
    // Declined the privacy guide: the user has been told, and nothing is sent.
    if (location.kind === 'refused') return setBusy(false);
    const where = location.kind === 'located' ? { latitude: location.latitude, longitude: location.longitude } : {};
    finish(await call('activity.checkIn', { activityId, code: digits, ...where }));
  };
  const finish = (result: ApiResult<CheckedIn>) => {
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.code ?? result.error.message);
      return;
    }
    setCode('');
    setError('');
    onDone(result.data);
  };
  return (
    <View className="checkin-code">
      <TextField
        label="签到码"
        name="checkin-digits"
        type="number"
        maxlength={6}
        placeholder="6 位数字"
        value={code}
        onChange={setCode}
        error={error}
      />
      <Button
        block
        type="primary"
        size="large"
        className="checkin-code__submit"
        data-testid="checkin-submit"
        loading={busy}
        disabled={busy || digits.length !== 6}
        onClick={() => void submit()}
      >
        {mode === 'out' ? '签退' : '签到'}
      </Button>
    </View>
  );
}
