import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import { QUIZ_KIND_LABELS } from '@contract/labels';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { QuizForm } from '@/features/admin-quiz/quiz-form';
import { call } from '@/lib/api-client';
import { shortDateText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin-study/admin-console.scss';
import '@/features/admin-quiz/admin-quiz.scss';

/** Exams and competitions of the unit's subtree; compose a new one from the banks. */
export default function AdminQuizzesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [creating, setCreating] = useState(false);
  const paged = usePagedCall((skip) => call('admin.quizList', { unitId, skip, limit: 20 }), unitId);
  const { reload } = paged;
  return (
    <PageShell>
      <Button block type="primary" fill={creating ? 'outline' : 'solid'} onClick={() => setCreating(!creating)}>
        {creating ? '收起' : '发布考试或竞赛'}
      </Button>
      {creating ? (
        <QuizForm
          unitId={unitId}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      <View className="console-section">已发布的考试和竞赛</View>
      <CellGroup>
        <PagedList paged={paged} empty="还没有发布考试或竞赛。">
          {(quiz) => (
            <Cell
              key={quiz.quizId}
              className="console-cell"
              data-testid="quiz-row"
              onClick={() => openPage('adminQuizAnalysis', { quizId: quiz.quizId })}
              title={
                <View className="console-cell__text">
                  <View className="console-cell__row">
                    <Text className="console-cell__title">{quiz.title}</Text>
                    <Tag type={quiz.kind === 'exam' ? 'primary' : 'warning'} plain>
                      {QUIZ_KIND_LABELS[quiz.kind]}
                    </Tag>
                  </View>
                  <Text className="console-cell__meta">
                    {quiz.questionCount} 题 · 已交卷 {quiz.submitted} 份 · {shortDateText(quiz.opensAt)} 至{' '}
                    {shortDateText(quiz.closesAt)}
                  </Text>
                </View>
              }
            />
          )}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
