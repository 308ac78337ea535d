import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { openPage } from '@/lib/pages';
import type { AssistantTurn } from './use-conversation';

/** The honest line under each answer: where it came from, or that there was none. */
const SOURCE_LINE: Record<AssistantTurn['kind'], string> = {
  quoted: '回答摘自本支部学习资料',
  generated: '根据本支部学习资料整理，请以原文为准',
  noAnswer: '资料库中没有找到答案',
  refused: '只回答与学习有关的问题',
};

/** One question and its answer, with numbered sources that open the item at the passage they quote. */
export function AnswerCard({ turn }: { turn: AssistantTurn }) {
  return (
    <View className="ask-turn" data-testid="ask-turn">
      <View className="ask-turn__question">
        <Text>{turn.question}</Text>
      </View>
      <View className={`card ask-turn__answer ask-turn__answer--${turn.kind}`}>
        <Text className="ask-turn__text">{turn.answer}</Text>
        {turn.citations.length > 0 ? (
          <View className="ask-turn__sources" aria-label="出处">
            {turn.citations.map((citation) => (
              <View
                key={citation.index}
                className="ask-source"
                role="link"
                aria-label={`出处${citation.index}：${citation.title}`}
                onClick={() =>
                  openPage('studyDetail', { contentId: citation.contentId, passage: String(citation.passage) })
                }
              >
                <Tag type="danger" plain className="ask-source__number">
                  {citation.index}
                </Tag>
                <Text className="ask-source__title">
                  {citation.title}
                  {citation.heading ? ` · ${citation.heading}` : ''}
                </Text>
              </View>
            ))}
          </View>
        ) : null}
        <Text className="ask-turn__origin">{SOURCE_LINE[turn.kind]}</Text>
      </View>
    </View>
  );
}

/** The question just sent, while its answer is on the way. */
export function PendingTurn({ question }: { question: string }) {
  return (
    <View className="ask-turn" aria-busy="true">
      <View className="ask-turn__question">
        <Text>{question}</Text>
      </View>
      <View className="card ask-turn__answer">
        <Text className="ask-turn__origin">正在查找学习资料…</Text>
      </View>
    </View>
  );
}
