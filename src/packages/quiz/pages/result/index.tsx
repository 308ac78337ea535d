import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { answerText, openQuiz, pointsText } from '@/features/quiz/format';
import { QuestionView } from '@/features/quiz/question-view';
import { call } from '@/lib/api-client';
import { useCall } from '@/lib/use-call';
import '@/features/quiz/quiz.scss';

const FLAG_NOTICES = {
  pending: '答题速度过快，本次成绩需管理员核实后才计入排行榜和积分。',
  confirmed: '管理员已核实本次成绩有效，已计入排行榜和积分。',
  voided: '管理员核实后判定本次成绩无效，不计入排行榜和积分。',
} as const;

/** Items are listed (without right/wrong) when the answers come at the close, and not at all when never. */
const sealedNotice = (items: number) =>
  items ? '答案和每题对错将在考试结束后公布。' : '这场考试不公布答案和每题对错。';

/** The result: score, pass, points, and each question with right/wrong and the answer as the review policy allows. */
export default function QuizResultPage() {
  const attemptId = useRouter().params.attemptId ?? '';
  const { state, reload } = useCall('quiz.result', { attemptId }, attemptId);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(result) => (
          <View>
            <View className="card">
              <View className="muted">{result.title}</View>
              <Text className="result__score">{pointsText(result.score)} 分</Text>
              <View className="row">
                <Text>
                  满分 {result.maxScore} 分
                  {result.reviewShown ? `，答对 ${result.items.filter((i) => i.correct).length} 题` : ''}
                </Text>
                {result.passed !== null ? (
                  <Text className={result.passed ? 'result__right' : 'result__wrong'}>
                    {result.passed ? '及格' : '未及格'}
                  </Text>
                ) : null}
              </View>
              {result.pointsAwarded ? (
                <View className="notice notice--ok">获得 {result.pointsAwarded} 积分</View>
              ) : null}
              {result.blank ? <View className="notice">作答不到一半的题目，本次不计积分，也不进入排行榜。</View> : null}
              {result.flagStatus ? <View className="notice">{FLAG_NOTICES[result.flagStatus]}</View> : null}
              {!result.reviewShown ? <View className="muted">{sealedNotice(result.items.length)}</View> : null}
              {result.mode === 'exam' || result.mode === 'competition' ? null : (
                <Button className="button button--plain" onClick={() => openQuiz('wrongbook')}>
                  查看错题本
                </Button>
              )}
            </View>
            {result.items.map((item, index) => (
              <View key={item.questionId} className="card result-item">
                <View className="row">
                  <Text className="muted">第 {index + 1} 题</Text>
                  {item.correct !== null ? (
                    <Text className={item.correct ? 'result__right' : 'result__wrong'}>
                      {item.correct ? '✓ 答对了' : item.score ? `部分正确 +${item.score}` : '✗ 答错了'}
                    </Text>
                  ) : null}
                </View>
                <QuestionView question={item} answer={item.given ?? undefined} reveal={item.answer} />
                <View>您的答案：{answerText(item.given)}</View>
                {item.answer !== null ? (
                  <View className="result__right">正确答案：{answerText(item.answer)}</View>
                ) : null}
                {item.explanation ? <View className="muted">解析：{item.explanation}</View> : null}
                <ReportQuestion questionId={item.questionId} />
              </View>
            ))}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}

function ReportQuestion({ questionId }: { questionId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const send = async () => {
    const result = await call('quiz.reportQuestion', { questionId, reason });
    setMessage(result.ok ? '已提交，管理员核实后会更正。' : (result.error.fields?.reason ?? result.error.message));
    if (result.ok) setOpen(false);
  };
  if (message && !open) return <View className="muted">{message}</View>;
  return open ? (
    <View>
      <Textarea
        className="textarea"
        value={reason}
        placeholder="哪里有误？"
        onInput={(e) => setReason(e.detail.value)}
      />
      {message ? <View className="field__error">{message}</View> : null}
      <Button className="button button--plain" onClick={() => void send()}>
        提交
      </Button>
    </View>
  ) : (
    <Text className="tag" onClick={() => setOpen(true)}>
      题目有误
    </Text>
  );
}
