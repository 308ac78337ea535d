import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { PeriodBar } from '@/features/learning-report/period-bar';
import { periodAt, periodText, type ReportPeriod } from '@/features/learning-report/period';
import { PosterSheet } from '@/features/learning-report/poster-sheet';
import { LearningReportView } from '@/features/learning-report/report-view';
import { useCall } from '@/lib/use-call';
import '@/features/learning-report/learning-report.scss';

/**
 * A member's 学习报告 for a month or a year: mine, or (opened from the admin's member page) a member of the
 * admin's branch. 生成海报 turns it into a picture to save and share.
 */
export default function LearningReportPage() {
  const memberId = useRouter().params.memberId || undefined;
  const [now] = useState(() => Date.now());
  const [span, setSpan] = useState<{ period: ReportPeriod; at: string }>(() => ({
    period: 'month',
    at: periodAt('month', now),
  }));
  const { state, reload } = useCall(
    'me.learningReport',
    { ...span, memberId },
    `${span.period}:${span.at}:${memberId ?? ''}`,
  );
  const [posterOpen, setPosterOpen] = useState(false);

  return (
    <PageShell>
      <PeriodBar period={span.period} at={span.at} now={now} onChange={(period, at) => setSpan({ period, at })} />
      <CallView state={state} onRetry={reload} loadingLabel="正在生成学习报告…">
        {(report) => (
          <View>
            <View className="learning-head">
              <Text className="learning-head__name">{report.memberName}</Text>
              <Text className="learning-head__meta">
                {report.unitName} · {periodText(report.at)}
              </Text>
            </View>
            <LearningReportView report={report} />
            <View className="learning-actions">
              <Button type="primary" block onClick={() => setPosterOpen(true)}>
                生成海报
              </Button>
            </View>
            <PosterSheet report={report} open={posterOpen} onClose={() => setPosterOpen(false)} />
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
