import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { TimelineView } from '@/features/develop/timeline-view';
import { openPage } from '@/lib/pages';
import { useCall } from '@/lib/use-call';
import '@/features/develop/develop.scss';

/** 我的发展进程: the steps the branch recorded for me and what comes next. */
export default function MyDevelopmentPage() {
  const { state, reload } = useCall('me.developmentTimeline', {});
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(timeline) =>
          timeline.stage === 'full' && timeline.done.length === 0 ? (
            <EmptyView
              message="您已是正式党员"
              hint="发展过程的记录由支部录入。以往的发展历程，可在「我的 → 我的档案」中查看。"
              action={{ label: '返回我的', onClick: () => openPage('me') }}
            />
          ) : (
            <TimelineView timeline={timeline} />
          )
        }
      </CallView>
    </PageShell>
  );
}
