import { useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, Tabs } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { MeetingBranchRow } from '@/features/activities/meeting-branch-row';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import '@/features/activities/admin.scss';

/** The periods the contract counts in: this month, last month, this quarter (2026-03, 2026-Q1). */
function periods(): Array<[string, string]> {
  const now = dayjs();
  return [
    [now.format('YYYY-MM'), '本月'],
    [now.subtract(1, 'month').format('YYYY-MM'), '上月'],
    [`${now.year()}-Q${Math.floor(now.month() / 3) + 1}`, '本季度'],
  ];
}

/** Each branch's 三会一课 in a month or a quarter, the ones that are missing, and a reminder to send. */
export default function MeetingsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [choices] = useState(periods);
  const [period, setPeriod] = useState(choices[0]?.[0] ?? '');
  const records = useCall('admin.meetingRecords', { unitId, period }, `${unitId}:${period}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

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
      <Tabs value={period} onChange={(value) => setPeriod(String(value))} className="manage__tabs">
        {choices.map(([key, label]) => (
          <Tabs.TabPane key={key} value={key} title={label} />
        ))}
      </Tabs>
      {message ? <View className={message.ok ? 'notice notice--ok' : 'notice'}>{message.text}</View> : null}
      <CallView state={records.state} onRetry={retryWhenUseful(records.state, records.reload)}>
        {(data) => (
          <View>
            {data.branches.length === 0 ? <EmptyView message="这个单位下还没有支部。" /> : null}
            <CellGroup className="row-list">
              {data.branches.map((branch) => (
                <MeetingBranchRow key={branch.unitId} branch={branch} />
              ))}
            </CellGroup>
            {data.branches.some((branch) => branch.missing.length) ? (
              <Button block type="primary" className="form-submit" onClick={() => void remind()}>
                提醒有缺项的支部
              </Button>
            ) : null}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
