import { useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { ACTIVITY_TYPE_LABELS, THREE_MEETINGS } from '@contract/labels';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';

/** Each branch's 三会一课 in a month or a quarter, the ones that are missing, and a reminder to send. */
export default function MeetingsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [period, setPeriod] = useState(dayjs().format('YYYY-MM'));
  const records = useCall('admin.meetingRecords', { unitId, period }, `${unitId}:${period}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const quarter = `${dayjs().format('YYYY')}-Q${Math.floor(dayjs().month() / 3) + 1}`;

  const remind = async () => {
    const result = await call('admin.remindMissing', { unitId, period });
    setMessage(
      result.ok
        ? { ok: true, text: `已提醒 ${result.data.reminded} 位支部管理员。` }
        : { ok: false, text: result.error.message },
    );
  };

  return (
    <PageShell>
      <View className="actions">
        <Button
          className={`button ${period === dayjs().format('YYYY-MM') ? '' : 'button--plain'}`}
          onClick={() => setPeriod(dayjs().format('YYYY-MM'))}
        >
          本月
        </Button>
        <Button
          className={`button ${period === dayjs().subtract(1, 'month').format('YYYY-MM') ? '' : 'button--plain'}`}
          onClick={() => setPeriod(dayjs().subtract(1, 'month').format('YYYY-MM'))}
        >
          上月
        </Button>
        <Button className={`button ${period === quarter ? '' : 'button--plain'}`} onClick={() => setPeriod(quarter)}>
          本季度
        </Button>
      </View>
      {message ? <View className={message.ok ? 'notice notice--ok' : 'notice'}>{message.text}</View> : null}
      <CallView state={records.state} onRetry={records.reload}>
        {(data) => (
          <View>
            {data.branches.map((branch) => (
              <View className="card meetings__branch" key={branch.unitId}>
                <View className="row">
                  <Text className="members__name">{branch.name}</Text>
                  <Text className={branch.missing.length ? 'field__error' : 'muted'}>
                    {branch.missing.length ? '有缺项' : '已完成'}
                  </Text>
                </View>
                <View className="muted">
                  {THREE_MEETINGS.map((type) => `${ACTIVITY_TYPE_LABELS[type]} ${branch.held[type] ?? 0} 次`).join(
                    ' · ',
                  )}
                </View>
                {branch.missing.length ? (
                  <View className="field__error">
                    未开：{branch.missing.map((type) => ACTIVITY_TYPE_LABELS[type]).join('、')}
                  </View>
                ) : null}
              </View>
            ))}
            {data.branches.some((branch) => branch.missing.length) ? (
              <Button className="button meetings__remind" onClick={() => void remind()}>
                提醒有缺项的支部
              </Button>
            ) : null}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
