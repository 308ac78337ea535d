import { CellGroup } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { EmptyView } from '@/components/state-views';
import { HistoryRow } from '@/features/quiz/history-row';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/quiz/quiz.scss';

/** My handed-in attempts, newest first; each opens its result (a challenge run has none to open). */
export default function QuizHistoryPage() {
  const paged = usePagedCall((skip) => call('quiz.history', { skip, limit: 20 }), '');
  const nothingYet = !paged.loading && !paged.error && paged.items.length === 0;
  return (
    <PageShell>
      {nothingYet ? (
        <EmptyView message="还没有答题记录。" action={{ label: '去答题', onClick: () => openPage('quiz') }} />
      ) : (
        <CellGroup>
          <PagedList paged={paged} empty="">
            {(item) => (
              <HistoryRow
                key={item.attemptId}
                item={item}
                onOpen={
                  item.mode === 'challenge' ? undefined : () => openPage('quizResult', { attemptId: item.attemptId })
                }
              />
            )}
          </PagedList>
        </CellGroup>
      )}
    </PageShell>
  );
}
