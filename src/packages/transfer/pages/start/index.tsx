import { useRouter } from '@tarojs/taro';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { TransferStartForm } from '@/features/transfers/transfer-start-form';
import { replacePage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/admin/members.scss';
import '@/features/transfers/transfers.scss';

/** 发起转接, for a member picked here or the one whose record it was opened from. */
export default function TransferStartPage() {
  const { unitId = '', memberId = '' } = useRouter().params;
  const done = () => replacePage('transferList', { unitId });
  return (
    <PageShell>
      {memberId ? <ForMember unitId={unitId} memberId={memberId} onDone={done} /> : null}
      {memberId ? null : <TransferStartForm unitId={unitId} member={null} onDone={done} />}
    </PageShell>
  );
}

function ForMember({ unitId, memberId, onDone }: { unitId: string; memberId: string; onDone: () => void }) {
  const { state, reload } = useCall('admin.memberGet', { memberId }, memberId);
  return (
    <CallView state={state} onRetry={reload}>
      {(dossier) => (
        <TransferStartForm
          unitId={unitId || dossier.unitId}
          member={{ id: dossier.memberId, name: dossier.name, meta: dossier.unitName }}
          onDone={onDone}
        />
      )}
    </CallView>
  );
}
