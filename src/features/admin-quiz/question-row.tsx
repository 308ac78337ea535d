import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { DIFFICULTY_LABELS, QUESTION_STATUS_LABELS, QUESTION_TYPE_LABELS } from '@contract/labels';
import type { Question } from './question-values';

/** One question: type tag and stem on one line; difficulty, state, version and what needs attention. */
export function QuestionRow({ question, onClick }: { question: Question; onClick: () => void }) {
  const warnings = [
    question.duplicateOf ? '题库里有完全相同的题' : '',
    question.openReports ? `${question.openReports} 条纠错待处理` : '',
  ].filter(Boolean);
  return (
    <Cell
      className="console-cell"
      data-testid="question-row"
      onClick={onClick}
      title={
        <View className="console-cell__text">
          <View className="console-cell__row">
            <Tag type="primary" plain>
              {QUESTION_TYPE_LABELS[question.type]}
            </Tag>
            <Text className="console-cell__title question-row__stem">{question.stem}</Text>
          </View>
          <Text className="console-cell__meta">
            {DIFFICULTY_LABELS[question.difficulty]} · {QUESTION_STATUS_LABELS[question.status]} · 第 {question.version}{' '}
            版{question.tags.length ? ` · ${question.tags.join('、')}` : ''}
          </Text>
          {warnings.length ? <Text className="console-error">{warnings.join(' · ')}</Text> : null}
        </View>
      }
    />
  );
}
