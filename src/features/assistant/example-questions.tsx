import { Text, View } from '@tarojs/components';

const EXAMPLES = ['预备党员的预备期是多长？', '党员有哪些权利？', '退休党员党费怎么交？', '遵义会议在什么时候召开？'];

/** What a first-time member sees: what the assistant does, and questions to try with one tap. */
export function ExampleQuestions({ onPick }: { onPick: (question: string) => void }) {
  return (
    <View className="card ask-intro">
      <Text className="ask-intro__title">问一问</Text>
      <Text className="ask-intro__text">
        用自己的话提问，回答只摘自本支部的学习资料，并注明出处，点出处可以打开原文。资料里没有的，会如实告诉您。
      </Text>
      <Text className="ask-intro__label">试试这样问</Text>
      {EXAMPLES.map((question) => (
        <View key={question} className="ask-intro__example" role="button" onClick={() => onPick(question)}>
          <Text>{question}</Text>
        </View>
      ))}
    </View>
  );
}
