import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { DossierLinks, DossierHonours } from '@/features/member/dossier-records';
import { DossierView } from '@/features/member/dossier-view';
import { useCall } from '@/lib/use-call';
import '@/features/assess/assess.scss';
import '@/features/member/dossier.scss';

/** 我的档案: what the branch keeps about me, my 表彰, and the rows to my development steps and transfers. */
export default function MyDossierPage() {
  const { state, reload, setData } = useCall('me.dossier', {});
  return (
    <PageShell>
      <CallView state={state} onRetry={reload} loadingLabel="正在读取您的档案…">
        {(dossier) => (
          <DossierView dossier={dossier} onChange={setData}>
            <DossierHonours />
            <DossierLinks />
          </DossierView>
        )}
      </CallView>
    </PageShell>
  );
}
