import { useState } from 'react';
import { View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { ChoiceField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { EmptyView } from '@/components/state-views';
import { GuidanceCard } from '@/features/assess/guidance-card';
import { HonourList } from '@/features/assess/honour-list';
import { ScoreBreakdown, ScoreRing } from '@/features/assess/score-breakdown';
import { useCall } from '@/lib/use-call';
import { openPage } from '@/lib/pages';
import '@/features/assess/assess.scss';

/** 我的考核: my score for a period with its breakdown, my 表彰, and the guidance notes my branch sent. */
export default function MyAssessmentPage() {
  const [periodId, setPeriodId] = useState<string | undefined>(undefined);
  const assessment = useCall('me.assessment', periodId ? { periodId } : {}, periodId ?? '');
  const honours = useCall('me.honours', {});
  const guidance = useCall('me.guidance', {});
  return (
    <PageShell>
      <CallView state={assessment.state} onRetry={assessment.reload}>
        {(data) =>
          data.scheme === null || data.score === null ? (
            <EmptyView message="组织还没有制定考核方案。" hint="方案发布后，这里会显示您的得分和各项指标。" />
          ) : (
            <View>
              <ChoiceField
                label="考核周期"
                value={data.periodId ?? ''}
                options={data.periods.map((p) => ({ value: p.periodId, label: p.label }))}
                onChange={setPeriodId}
              />
              <ScoreRing
                total={data.score.total}
                maxTotal={data.score.maxTotal}
                percent={data.score.percent}
                grade={data.score.grade}
                caption={`${data.periodLabel} · ${data.closed ? '已归档' : '实时计算，期末归档'}`}
              />
              <SectionHeader title="得分明细" extra={`${data.scheme.name}`} />
              <ScoreBreakdown indicators={data.score.indicators} />
            </View>
          )
        }
      </CallView>
      <SectionHeader title="我的表彰" action={{ label: '先锋模范', onClick: () => openPage('assessShowcase') }} />
      <CallView state={honours.state} onRetry={honours.reload}>
        {(data) => <HonourList items={data.items} empty="还没有表彰记录。" />}
      </CallView>
      <SectionHeader title="指导建议" />
      <CallView state={guidance.state} onRetry={guidance.reload}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyView message="支部还没有给您发送指导建议。" />
          ) : (
            <View>
              {data.items.map((note) => (
                <GuidanceCard key={note.guidanceId} note={note} />
              ))}
            </View>
          )
        }
      </CallView>
    </PageShell>
  );
}
