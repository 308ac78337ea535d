import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import type { SurveyResults } from '@contract/schemas/surveys';
import { percentText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** The results as bars per option (or per score), the average rating, and the text answers listed. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const rate = results.audience ? results.responses / results.audience : null;
  return (
    <View className="survey-results" data-testid="survey-results">
      <View className="card survey-results__head">
        <Text className="section-title">{results.survey.state === 'closed' ? '最终结果' : '当前结果'}</Text>
        <Text className="muted">
          已收 {results.responses} / {results.audience} 份（{percentText(rate)}）
        </Text>
      </View>
      {results.survey.questions.map((question, index) => {
        const tally = results.questions.find((q) => q.questionId === question.questionId);
        if (!tally) return null;
        const labelOf = (optionId: string) =>
          question.kind === 'rating'
            ? `${optionId.slice(1)} 分`
            : (question.options.find((o) => o.optionId === optionId)?.text ?? '');
        return (
          <View key={question.questionId} className="card survey-results__question">
            <Text className="survey-question__title">
              {index + 1}. {question.title}
            </Text>
            <Text className="muted">
              {tally.answered} 人作答{tally.average !== null ? ` · 平均 ${tally.average} 分` : ''}
            </Text>
            {tally.counts.map(({ optionId, count }) => {
              const share = tally.answered ? count / tally.answered : 0;
              return (
                <View key={optionId} className="survey-results__row">
                  <View className="survey-results__line">
                    <Text className="survey-results__option">{labelOf(optionId)}</Text>
                    <Text className="survey-results__count" data-testid="survey-count">
                      {count} 人 · {percentText(share)}
                    </Text>
                  </View>
                  <Progress
                    percent={Math.round(share * 100)}
                    color={colors.primary}
                    background={colors.track}
                    strokeWidth="8"
                  />
                </View>
              );
            })}
            {tally.texts.map((text, i) => (
              <Text key={i} className="survey-results__text">
                {text}
              </Text>
            ))}
            {question.kind.endsWith('text') && !tally.texts.length ? <Text className="muted">暂无回答</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
