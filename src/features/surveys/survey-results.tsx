import { Text, View } from '@tarojs/components';
import { Progress, Tag } from '@nutui/nutui-react-taro';
import type { SurveyQuestion, SurveyResults } from '@contract/schemas/surveys';
import { SURVEY_QUESTION_KIND_LABELS } from '@contract/survey-labels';
import { dateTimeText, percentText } from '@/lib/format';
import { colors } from '@/theme/tokens';

type QuestionTally = SurveyResults['questions'][number];

/**
 * The results: which questionnaire (when the page has no heading of its own) and how many answered, then per
 * question its kind, who answered and who skipped it, bars per option (or per score) and the text answers
 * numbered.
 */
export function SurveyResultsView({ results, titled = false }: { results: SurveyResults; titled?: boolean }) {
  const { survey } = results;
  const rate = results.audience ? results.responses / results.audience : null;
  const missing = Math.max(0, results.audience - results.responses);
  return (
    <View className="survey-results" data-testid="survey-results">
      <View className="card survey-results__head">
        {titled ? <Text className="survey-title">{survey.title}</Text> : null}
        {titled ? (
          <Text className="muted">
            {survey.unitName} · {survey.anonymous ? '匿名' : '实名'} ·{' '}
            <Text className="survey-results__when">{dateTimeText(survey.closesAt)} 截止</Text>
          </Text>
        ) : null}
        <View className="survey-results__line">
          <Text className="survey-results__option">{survey.state === 'closed' ? '最终结果' : '当前结果'}</Text>
          <Text className="survey-results__count">
            已收 {results.responses} / {results.audience} 份（{percentText(rate)}）
          </Text>
        </View>
        <Progress percent={Math.round((rate ?? 0) * 100)} color={colors.primary} background={colors.track} />
        {missing ? <Text className="muted">还有 {missing} 人未提交</Text> : null}
      </View>
      {survey.questions.map((question, index) => {
        const tally = results.questions.find((q) => q.questionId === question.questionId);
        return tally ? (
          <QuestionResult
            key={question.questionId}
            number={index + 1}
            question={question}
            tally={tally}
            skipped={Math.max(0, results.responses - tally.answered)}
          />
        ) : null;
      })}
    </View>
  );
}

function QuestionResult(props: { number: number; question: SurveyQuestion; tally: QuestionTally; skipped: number }) {
  const { number, question, tally, skipped } = props;
  const isText = question.kind.endsWith('text');
  const labelOf = (optionId: string) =>
    question.kind === 'rating'
      ? `${optionId.slice(1)} 分`
      : (question.options.find((o) => o.optionId === optionId)?.text ?? '');
  return (
    <View className="card survey-results__question">
      <View className="survey-results__title-line">
        <Tag plain type="primary">
          {SURVEY_QUESTION_KIND_LABELS[question.kind]}
        </Tag>
        <Text className="survey-question__title">
          {number}. {question.title}
        </Text>
      </View>
      <Text className="muted">
        {tally.answered} 人作答{skipped ? ` · ${skipped} 人未答` : ''}
        {tally.average !== null ? ` · 平均 ${tally.average} 分` : ''}
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
            <Progress percent={Math.round(share * 100)} color={colors.primary} background={colors.track} />
          </View>
        );
      })}
      {isText && tally.texts.length ? (
        <Text className="survey-results__texts-head">文字回答 {tally.texts.length} 条</Text>
      ) : null}
      {tally.texts.map((text, i) => (
        <View key={i} className="survey-results__text" data-testid="survey-text">
          <Text className="survey-results__text-number">{i + 1}</Text>
          <Text className="survey-results__text-body">{text}</Text>
        </View>
      ))}
      {isText && !tally.texts.length ? <Text className="muted">还没有人写下回答</Text> : null}
    </View>
  );
}
