import { useState } from 'react';
import { View } from '@tarojs/components';
import type { SchemesOutput } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { CallView } from '@/components/call-view';
import { ChoiceField } from '@/components/form';
import { useCall } from '@/lib/use-call';
import { ScoresView } from './scores-view';

type Periods = z.output<typeof SchemesOutput>['periods'];

/** The period picker over the scores of that period. */
export function ScoresTab({ unitId, periods, mayClose }: { unitId: string; periods: Periods; mayClose: boolean }) {
  const [periodId, setPeriodId] = useState(periods[0]?.periodId ?? '');
  const scores = useCall('admin.assessmentScores', { unitId, periodId }, periodId);
  return (
    <View>
      <ChoiceField
        label="考核周期"
        value={periodId}
        options={periods.map((p) => ({ value: p.periodId, label: `${p.label}${p.closed ? '（已归档）' : ''}` }))}
        onChange={setPeriodId}
      />
      <CallView state={scores.state} onRetry={scores.reload}>
        {(data) => (
          <ScoresView
            unitId={unitId}
            scores={data}
            mayClose={mayClose && periods.findIndex((p) => p.periodId === periodId) > 0}
            onClosed={scores.reload}
          />
        )}
      </CallView>
    </View>
  );
}
