import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { WallLinkIssue } from '@/features/wall/wall-link-issue';
import { WallLinkList } from '@/features/wall/wall-link-list';
import { useCall } from '@/lib/use-call';
import '@/features/wall/wall-links.scss';

/** 大屏链接: issue a read-only link to a unit's figures for the meeting room's screen, copy it, revoke it. */
export default function WallLinksPage() {
  const unitId = useRouter().params.unitId ?? '';
  const links = useCall('admin.wallLinks', { unitId }, unitId);
  return (
    <PageShell>
      <WallLinkIssue unitId={unitId} onIssued={links.reload} />
      <CallView state={links.state} onRetry={links.reload} loadingLabel="正在读取链接…">
        {(data) => (
          <View className="wall-links-section">
            <SectionHeader title={`${data.unitName}的大屏链接`} />
            <WallLinkList unitId={unitId} links={data.items} now={Date.now()} onChanged={links.reload} />
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
