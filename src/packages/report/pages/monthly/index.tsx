import { useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PeriodAnchorField } from '@/features/dashboard/period-anchor-field';
import { MonthlyReportView } from '@/features/report/monthly-report-view';
import { ReportActions } from '@/features/report/report-actions';
import { useCall } from '@/lib/use-call';
import '@/features/dashboard/dashboard.scss';
import '@/features/report/report.scss';

/** The first day of a linked `YYYY-MM`, or null when the link names no month. */
function monthStart(month: string | undefined): number | null {
  return month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? dayjs(`${month}-01`).valueOf() : null;
}

/** 月度报告: a unit's month on one printable page (the linked month, else this one), exported to Excel for the committee. */
export default function MonthlyReportPage() {
  const { unitId = '', month: linkedMonth } = useRouter().params;
  const [today] = useState(() => Date.now());
  const [monthAt, setMonthAt] = useState(() => monthStart(linkedMonth) ?? today);
  const month = dayjs(monthAt).format('YYYY-MM');
  const report = useCall('admin.monthlyReport', { unitId, month }, `${unitId}:${month}`);

  return (
    <PageShell>
      <View className="report-picker">
        <PeriodAnchorField period="month" value={monthAt} onChange={setMonthAt} max={today} />
      </View>
      <CallView
        state={report.state}
        onRetry={retryWhenUseful(report.state, report.reload)}
        loadingLabel="正在生成月报…"
      >
        {(data) => <MonthlyReportView report={data} />}
      </CallView>
      <ReportActions unitId={unitId} month={month} />
    </PageShell>
  );
}
