import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { secondsText } from '@/features/quiz/format';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import '@/features/quiz/quiz.scss';
import '@/features/study/study.scss';

const FLAG_STATUS_TEXT = { pending: '待核实', confirmed: '已确认有效', voided: '已判为无效' } as const;

/** An exam's statistics: distribution, pass rate per unit, per question, missed knowledge points, flags. */
export default function QuizAnalysisPage() {
  const quizId = useRouter().params.quizId ?? '';
  const { state, reload } = useCall('admin.quizAnalysis', { quizId }, quizId);
  const exportXlsx = async () => {
    const result = await call('admin.quizExport', { quizId });
    if (result.ok) await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(a) => {
          const top = Math.max(1, ...a.distribution);
          return (
            <View>
              <View className="title">{a.title}</View>
              <View className="card figures">
                <View className="figures__cell">
                  <Text className="figures__value analysis__participants">{a.participants}</Text>
                  <Text className="muted figures__label">参与人数</Text>
                </View>
                <View className="figures__cell">
                  <Text className="figures__value">{a.averagePercent}</Text>
                  <Text className="muted figures__label">平均分</Text>
                </View>
                <View className="figures__cell">
                  <Text className="figures__value">{a.passPercent}%</Text>
                  <Text className="muted figures__label">及格率</Text>
                </View>
              </View>
              <Button className="button button--plain" onClick={() => void exportXlsx()}>
                导出 Excel
              </Button>
              <View className="section-title">分数分布</View>
              <View className="card">
                <View className="bars">
                  {a.distribution.map((n, i) => (
                    <View key={i} className="bars__bar" style={{ height: `${(n / top) * 100}%` }} />
                  ))}
                </View>
                <View className="row muted">
                  <Text>0</Text>
                  <Text>50</Text>
                  <Text>100 分</Text>
                </View>
              </View>
              <View className="section-title">各单位及格率</View>
              {a.units.map((u) => (
                <View key={u.unitId} className="card">
                  <View className="row">
                    <Text>{u.unitName}</Text>
                    <Text>
                      {u.passed}/{u.participants} 人 · {u.passRate}%
                    </Text>
                  </View>
                </View>
              ))}
              <View className="section-title">逐题分析（答对率低的在前）</View>
              {a.questions.map((q) => (
                <View key={q.questionId} className="card">
                  <View>{q.stem}</View>
                  <View className="muted">
                    {q.answered} 人作答 · 答对率 {Math.round(q.facility * 100)}% · 区分度 {q.discrimination}
                    {q.discrimination < 0.2 && q.answered >= 5 ? '（区分度偏低）' : ''}
                  </View>
                </View>
              ))}
              {a.missedTags.length ? (
                <View>
                  <View className="section-title">错得最多的知识点</View>
                  <View className="chips">
                    {a.missedTags.map((t) => (
                      <Text key={t.tag} className="chips__item">
                        {t.tag} · {t.misses} 次
                      </Text>
                    ))}
                  </View>
                </View>
              ) : null}
              {a.flagged.length ? (
                <View>
                  <View className="section-title">答题过快</View>
                  <View className="muted">在管理后台的「答题待核实」中确认有效或判为无效。</View>
                  {a.flagged.map((f) => (
                    <View key={f.attemptId} className="card">
                      <View className="row">
                        <Text>{f.name}</Text>
                        <Text className="muted">
                          {f.percent} 分 · 用时 {secondsText(f.seconds)} · {FLAG_STATUS_TEXT[f.status]}
                        </Text>
                      </View>
                    </View>
                  ))}
                </View>
              ) : null}
            </View>
          );
        }}
      </CallView>
    </PageShell>
  );
}
