import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { CellGroup, Tabs } from '@nutui/nutui-react-taro';
import type { FlagStatus } from '@contract/schemas/quiz-flags';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { QuizFlagCell, type FlaggedAttempt } from '@/features/admin/quiz-flag-cell';
import { ReasonDialog } from '@/features/admin/reason-dialog';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';
import '@/features/admin/workbench.scss';

const TABS: Array<[FlagStatus, string]> = [
  ['pending', '待核实'],
  ['confirmed', '已确认有效'],
  ['voided', '已判为无效'],
];

/** What an empty tab means: nothing suspicious waits for a decision. */
const FLAGS_EMPTY: Record<FlagStatus, string> = {
  pending: '没有待核实的答卷，全部处理完了。答题过快的答卷会出现在这里。',
  confirmed: '还没有确认有效的答卷。',
  voided: '还没有判为无效的答卷。',
};

type Decision = 'confirm' | 'void';

/**
 * Attempts answered faster than a person can read, of quizzes organised in the unit's subtree and of its
 * members' daily quizzes: confirm one (it then earns its points and rank) or void it with a reason.
 */
export default function AdminQuizFlagsPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [status, setStatus] = useState<FlagStatus>('pending');
  const [deciding, setDeciding] = useState<{ flag: FlaggedAttempt; decision: Decision } | null>(null);
  const paged = usePagedCall(
    (skip) => call('admin.quizFlags', { unitId, status, skip, limit: 20 }),
    `${unitId}:${status}`,
  );
  const confirming = deciding?.decision === 'confirm';
  return (
    <PageShell>
      <Tabs value={status} onChange={(value) => setStatus(value as FlagStatus)} activeType="simple">
        {TABS.map(([value, label]) => (
          <Tabs.TabPane key={value} value={value} title={label} />
        ))}
      </Tabs>
      <CellGroup className="review-list">
        <PagedList paged={paged} empty={FLAGS_EMPTY[status]}>
          {(flag) => (
            <QuizFlagCell
              key={flag.attemptId}
              flag={flag}
              onConfirm={status === 'pending' ? () => setDeciding({ flag, decision: 'confirm' }) : undefined}
              onVoid={status === 'pending' ? () => setDeciding({ flag, decision: 'void' }) : undefined}
            />
          )}
        </PagedList>
      </CellGroup>
      <ReasonDialog
        title={confirming ? '确认有效' : '判为无效'}
        visible={deciding !== null}
        optional={confirming}
        prompt={
          deciding
            ? confirming
              ? `确认后 ${deciding.flag.memberName} 的这份答卷计入排行榜和积分，且不能再改。`
              : '判为无效后这份答卷不计入排行榜和积分，且不能再改。'
            : undefined
        }
        placeholder={confirming ? '可写明核实情况（可不填）' : '请写明理由，本人会看到'}
        confirmText={confirming ? '确认有效' : '判为无效'}
        onClose={() => setDeciding(null)}
        onSubmit={async (reason) => {
          if (!deciding) return null;
          const { flag, decision } = deciding;
          const result = await call('admin.quizFlagDecide', { unitId, attemptId: flag.attemptId, decision, reason });
          if (!result.ok) return result.error.fields?.reason ?? result.error.message;
          setDeciding(null);
          void Taro.showToast({ title: '已处理', icon: 'success' });
          paged.reload();
          return null;
        }}
      />
    </PageShell>
  );
}
