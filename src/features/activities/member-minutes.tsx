import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { call } from '@/lib/api-client';
import { MinutesView, type MinutesRecord } from './minutes-view';

/** The minutes of a meeting the member attended or was expected at, opened on request (they can be long). */
export function MemberMinutes({ activityId }: { activityId: string }) {
  const [minutes, setMinutes] = useState<MinutesRecord | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    const result = await call('activity.minutes', { activityId });
    setBusy(false);
    if (result.ok) setMinutes(result.data);
    else setError(result.error.message);
  };
  if (minutes) return <MinutesView minutes={minutes} />;
  return (
    <View>
      {error ? <View className="notice">{error}</View> : null}
      <Button className="button button--plain detail__minutes" loading={busy} onClick={() => void open()}>
        查看会议记录
      </Button>
    </View>
  );
}
