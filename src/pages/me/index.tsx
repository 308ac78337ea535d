import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { usePendingWork } from '@/features/admin/pending-badge';
import { DossierView } from '@/features/member/dossier-view';
import { MeMenu } from '@/features/member/me-menu';
import { MemberCardView } from '@/features/member/member-card-view';
import { useMemberCard } from '@/features/member/use-member-card';
import { PrivacySheet } from '@/features/privacy/privacy-sheet';
import { replacePage } from '@/lib/pages';
import { leaveSession } from '@/lib/session-end';
import { useCall } from '@/lib/use-call';
import './index.scss';

/** The dossier, loaded only when opened. */
function DossierSection({ onBack }: { onBack: () => void }) {
  const { state, reload, setData } = useCall('me.dossier', {});
  return (
    <View>
      <CellGroup>
        <Cell title="‹ 返回我的" clickable onClick={onBack} />
      </CellGroup>
      <CallView state={state} onRetry={reload} loadingLabel="正在读取您的档案…">
        {(dossier) => <DossierView dossier={dossier} onChange={setData} />}
      </CallView>
    </View>
  );
}

export default function MePage() {
  const { state, reload } = useMemberCard();
  const [view, setView] = useState<'menu' | 'dossier'>('menu');
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
        {(member) =>
          view === 'dossier' ? (
            <DossierSection onBack={() => setView('menu')} />
          ) : (
            <View>
              <MemberCardView card={member} />
              <MeMenu
                card={member}
                adminPending={pending ? Object.values(pending).reduce((sum, count) => sum + count, 0) : 0}
                onDossier={() => setView('dossier')}
                onPrivacy={() => setPrivacyOpen(true)}
              />
            </View>
          )
        }
      </CallView>
      <PrivacySheet open={privacyOpen} onClose={() => setPrivacyOpen(false)} />
    </PageShell>
  );
}
