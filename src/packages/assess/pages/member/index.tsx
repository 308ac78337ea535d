import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import type { GuidanceNote } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { GuidanceReview } from '@/features/assess/guidance-review';
import { MemberHonours } from '@/features/assess/member-honours';
import { ScoreBreakdown, ScoreRing } from '@/features/assess/score-breakdown';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import '@/features/assess/assess.scss';

/** One member in the console: their score and breakdown, 表彰奖惩, and a guidance note drafted from their weak indicators to review and send. */
export default function AssessMemberPage() {
  const { memberId = '', periodId = '' } = useRouter().params;
  const assessment = useCall('admin.assessmentMember', { memberId, periodId }, `${memberId}-${periodId}`);
  const [note, setNote] = useState<z.output<typeof GuidanceNote> | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = async () => {
    setBusy(true);
    const result = await call('admin.guidanceDraft', { memberId, periodId });
    setBusy(false);
    if (result.ok) setNote(result.data);
    else void Taro.showToast({ title: result.error.message, icon: 'none' });
  };
  return (
    <PageShell>
      <CallView state={assessment.state} onRetry={assessment.reload}>
        {(data) => (
          <View>
            <SectionHeader title={data.name} extra={data.unitName} />
            {data.score ? (
              <>
                <ScoreRing
                  total={data.score.total}
                  maxTotal={data.score.maxTotal}
                  percent={data.score.percent}
                  grade={data.score.grade}
                  caption={`${data.periodLabel} · ${data.closed ? '已归档' : '实时计算'}`}
                />
                <ScoreBreakdown indicators={data.score.indicators} />
              </>
            ) : null}
          </View>
        )}
      </CallView>
      <SectionHeader title="表彰奖惩" />
      <MemberHonours memberId={memberId} />
      <SectionHeader title="指导建议" />
      <View className="card">
        <View className="assess-text">
          按这位党员本期得分偏低的指标和错题，生成学习与考试建议；您审核修改后再发送，党员才会收到。
        </View>
        <Button block type="primary" loading={busy} onClick={() => void draft()}>
          生成指导建议
        </Button>
      </View>
      <Popup
        visible={note !== null}
        position="bottom"
        round
        closeable
        title="审核指导建议"
        onClose={() => setNote(null)}
      >
        <View className="assess-sheet">
          {note ? <GuidanceReview note={note} onSent={(sent) => setNote(sent)} /> : null}
        </View>
      </Popup>
    </PageShell>
  );
}
