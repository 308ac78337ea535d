import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { usePendingWork } from '@/features/admin/pending-badge';
import { MeMenu } from '@/features/member/me-menu';
import { MemberCardView } from '@/features/member/member-card-view';
import { useMemberCard } from '@/features/member/use-member-card';
import { PrivacySheet } from '@/features/privacy/privacy-sheet';
import { openPage, replacePage } from '@/lib/pages';
import { leaveSession } from '@/lib/session-end';
import './index.scss';

export default function MePage() {
  const { state, reload } = useMemberCard();
  const [privacyOpen, setPrivacyOpen] = useState(false);
  const card = state.status === 'ready' ? state.card : null;
  const pending = usePendingWork(card && card.role !== 'member' ? card.unitId : null);

  useEffect(() => {
    if (state.status === 'error' && state.error.code === 'UNAUTHENTICATED') leaveSession('ended');
    if (state.status === 'error' && state.error.code === 'NOT_BOUND') replacePage('bind');
  }, [state]);

  return (
    <PageShell>
      <CallView
        state={state.status === 'ready' ? { status: 'ready', data: state.card } : state}
        onRetry={reload}
        loadingLabel="正在读取您的党员信息…"
      >
        {(member) => (
          <View>
            <MemberCardView card={member} />
            <MeMenu
              card={member}
              adminPending={pending ? Object.values(pending).reduce((sum, count) => sum + count, 0) : 0}
              onDossier={() => openPage('myDossier')}
              onPrivacy={() => setPrivacyOpen(true)}
            />
          </View>
        )}
      </CallView>
      <PrivacySheet open={privacyOpen} onClose={() => setPrivacyOpen(false)} />
    </PageShell>
  );
}
