import Taro, { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { EMPTY_PUBLICITY, PublicityForm } from '@/features/publicity/publicity-form';
import { htmlToBlocks } from '@/features/study/blocks';
import { useCall } from '@/lib/use-call';
import '@/features/admin-study/content-editor.scss';
import '@/features/publicity/publicity.scss';

const back = () => void Taro.navigateBack();

/** Changing a 公示 that has not opened: its fields as they are, in the same form. */
function EditPublicity({ publicityId }: { publicityId: string }) {
  const { state, reload } = useCall('admin.publicityDetail', { publicityId }, publicityId);
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'error') return <ErrorView message={state.error.message} onRetry={reload} />;
  const item = state.data;
  return (
    <PublicityForm
      unitId={item.unitId}
      publicityId={publicityId}
      initial={{
        kind: item.kind,
        title: item.title,
        body: htmlToBlocks(item.body),
        startsAt: item.startsAt,
        endsAt: item.endsAt,
      }}
      onDone={back}
    />
  );
}

export default function PublicityFormPage() {
  const { unitId = '', publicityId } = useRouter().params;
  return (
    <PageShell>
      {publicityId ? (
        <EditPublicity publicityId={publicityId} />
      ) : (
        <PublicityForm unitId={unitId} initial={EMPTY_PUBLICITY} onDone={back} />
      )}
    </PageShell>
  );
}
