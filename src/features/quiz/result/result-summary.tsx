import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { AttemptResult } from '@contract/schemas/quiz';
import { passTagType, passText, scoreText } from '@/features/quiz/format';

const FLAG_NOTICES = {
  pending: '答题速度过快，本次成绩需管理员核实后才计入排行榜和积分。',
  confirmed: '管理员已核实本次成绩有效，已计入排行榜和积分。',
  voided: '管理员核实后判定本次成绩无效，不计入排行榜和积分。',
} as const;

/** Items are listed (without right/wrong) when the answers come at the close, and not at all when never. */
const sealedNotice = (items: number) =>
  items ? '答案和每题对错将在考试结束后公布。' : '这场考试不公布答案和每题对错。';

/** The score, once, with its unit and out of what; pass or fail; points and anything that holds them back. */
export function ResultSummary({ result }: { result: AttemptResult }) {
  const right = result.items.filter((item) => item.correct === true).length;
  return (
    <View className="card" data-testid="result-summary">
      <View className="quiz-card__head">
        <Text className="quiz-card__title">{result.title}</Text>
        {result.passed !== null ? (
          <Tag type={passTagType(result.passed)} data-testid="pass-tag">
            {passText(result.passed)}
          </Tag>
        ) : null}
      </View>
      <View className="result-score">
        <Text className="result-score__label">本次得分</Text>
        <Text className="result-score__value" data-testid="score">
          {scoreText(result.score, result.maxScore)}
        </Text>
        {result.reviewShown && result.items.length ? (
          <Text className="result-score__label">
            共 {result.items.length} 题，答对 {right} 题
          </Text>
        ) : null}
      </View>
      {result.pointsAwarded ? <View className="notice notice--ok">获得 {result.pointsAwarded} 积分</View> : null}
      {result.blank ? <View className="notice">作答不到一半的题目，本次不计积分，也不进入排行榜。</View> : null}
      {result.flagStatus ? <View className="notice">{FLAG_NOTICES[result.flagStatus]}</View> : null}
      {!result.reviewShown ? <View className="notice">{sealedNotice(result.items.length)}</View> : null}
    </View>
  );
}
