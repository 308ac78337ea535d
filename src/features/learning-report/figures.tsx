import { Text, View } from '@tarojs/components';
import type { LearningReport } from './report-type';
import { countText } from '@/lib/format';
import { comparedText, deltaText } from './period';

type Figures = LearningReport['current'];

const FIGURES: Array<{ key: keyof Figures; label: string; unit: string }> = [
  { key: 'studyMinutes', label: '学习时长', unit: '分钟' },
  { key: 'itemsCompleted', label: '学完内容', unit: '篇' },
  { key: 'quizzesHandedIn', label: '答题', unit: '次' },
  { key: 'correctRate', label: '答题正确率', unit: '%' },
  { key: 'activitiesAttended', label: '参加活动', unit: '次' },
  { key: 'pointsEarned', label: '获得积分', unit: '分' },
];

/** The period's six figures, each against the period before. */
export function ReportFigures({ report }: { report: LearningReport }) {
  const compared = comparedText(report.period);
  return (
    <View className="learning-figures">
      {FIGURES.map(({ key, label, unit }) => {
        const now = report.current[key];
        const before = report.previous[key];
        return (
          <View key={key} className="learning-figure" data-testid={`learning-figure-${key}`}>
            <Text className="learning-figure__label">{label}</Text>
            <View>
              <Text className="learning-figure__value">{now === null ? '—' : countText(now)}</Text>
              {now === null ? null : <Text className="learning-figure__unit">{unit}</Text>}
            </View>
            <Text className="learning-figure__delta">
              {now === null || before === null ? `${compared}：—` : `${compared} ${deltaText(now, before)}`}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
