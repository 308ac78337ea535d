import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro';
import type { PersonalField } from '@contract/labels';
import { BottomBar } from '@/components/bottom-bar';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { MemberActions } from '@/features/admin/member-actions';
import { MemberHistory } from '@/features/admin/member-history';
import { InviteCard, useInvite } from '@/features/admin/member-invite';
import { MemberFacts, MemberHead } from '@/features/admin/member-profile';
import { RevealSheet } from '@/features/admin/member-sensitive';
import { TrainingSheet } from '@/features/admin/member-forms';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/admin/members.scss';
import '@/features/admin/workbench.scss';

/**
 * One member's record for an admin: facts as cells (ID number and phone masked, 查看 re-confirms),
 * 发展历程 and 培训记录, and every change behind 管理 (an ActionSheet of sheets and confirmations).
 */
export default function MemberPage() {
  const memberId = useRouter().params.memberId ?? '';
  const { state, reload, setData } = useCall('admin.memberGet', { memberId }, memberId);
  const [revealing, setRevealing] = useState<PersonalField | null>(null);
  const [revealed, setRevealed] = useState<Partial<Record<PersonalField, string>>>({});
  const [managing, setManaging] = useState(false);
  const [addingTraining, setAddingTraining] = useState(false);
  const invite = useInvite(memberId);

  return (
    <PageShell>
      <CallView state={state} onRetry={retryWhenUseful(state, reload)}>
        {(dossier) => (
          <>
            <MemberHead dossier={dossier} />
            <InviteCard invite={invite.invite} problem={invite.problem} />
            <SectionHeader title="基本信息" />
            <MemberFacts dossier={dossier} revealed={revealed} onReveal={setRevealing} />
            <MemberHistory dossier={dossier} onAddTraining={() => setAddingTraining(true)} />
            <CellGroup>
              <Cell
                title="学习报告"
                description="学习、答题、活动的月度和年度情况"
                clickable
                onClick={() => openPage('reportLearning', { memberId })}
              />
              <Cell
                title="关怀记录"
                description="走访慰问、帮扶救助，仅本支部及上级管理员可见"
                clickable
                onClick={() => openPage('transferCare', { memberId })}
              />
              <Cell
                title="组织关系转接"
                description="转往其他支部或系统外党组织"
                clickable
                onClick={() => openPage('transferStart', { unitId: dossier.unitId, memberId })}
              />
            </CellGroup>
            <BottomBar testId="member-actions">
              {dossier.bound ? null : (
                <Button
                  fill="outline"
                  type="primary"
                  data-testid="member-invite"
                  loading={invite.busy}
                  onClick={() => void invite.create()}
                >
                  生成绑定码
                </Button>
              )}
              <Button type="primary" onClick={() => setManaging(true)}>
                管理
              </Button>
            </BottomBar>
            <MemberActions dossier={dossier} visible={managing} onClose={() => setManaging(false)} onSaved={setData} />
            <TrainingSheet
              dossier={dossier}
              visible={addingTraining}
              onClose={() => setAddingTraining(false)}
              onSaved={(saved) => {
                setAddingTraining(false);
                setData(saved);
              }}
            />
            <RevealSheet
              memberId={memberId}
              field={revealing}
              onClose={() => setRevealing(null)}
              onRevealed={(field, value) => {
                setRevealing(null);
                setRevealed((previous) => ({ ...previous, [field]: value }));
              }}
            />
          </>
        )}
      </CallView>
    </PageShell>
  );
}
