import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { SectionHeader } from '@/components/section-header';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { ObjectionForm } from '@/features/publicity/objection-form';
import { PublicityReader } from '@/features/publicity/publicity-reader';
import { useCall } from '@/lib/use-call';
import '@/features/publicity/publicity.scss';

/** One 公示 and, while it is open, the form to raise an objection privately with the unit's Party organisation. */
export default function PublicityDetailPage() {
  const publicityId = useRouter().params.publicityId ?? '';
  const { state, reload } = useCall('publicity.detail', { publicityId }, publicityId);
  if (state.status !== 'ready')
    return (
      <PageShell>
        {state.status === 'loading' ? <LoadingView /> : <ErrorView message={state.error.message} onRetry={reload} />}
      </PageShell>
    );
  const item = state.data;
  return (
    <PageShell>
      <PublicityReader item={item} />
      {item.status === 'open' && item.objectionsLeft > 0 ? (
        <>
          <SectionHeader title="提出异议" />
          <ObjectionForm publicityId={item.publicityId} left={item.objectionsLeft} onDone={reload} />
        </>
      ) : null}
      {item.inAudience ? null : (
        <Text className="publicity-private">
          您以上级党组织管理员身份查看，这条公示不面向您所在的单位，无需提出异议。
        </Text>
      )}
      {item.status === 'open' && item.objectionsLeft === 0 && item.mine.length > 0 ? (
        <Text className="publicity-private">您已提满 3 条异议；如需补充，请直接联系{item.unitName}。</Text>
      ) : null}
    </PageShell>
  );
}
