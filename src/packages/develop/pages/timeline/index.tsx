import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { BranchDecisions } from '@/features/develop/branch-decisions';
import { type Recording, RecordStepSheet } from '@/features/develop/record-step-sheet';
import { TimelineView } from '@/features/develop/timeline-view';
import { useCall } from '@/lib/use-call';
import '@/features/develop/develop.scss';

/** One person's development for the secretary: the steps, what is next, 记录下一步 and the branch's decisions. */
export default function DevelopTimelinePage() {
  const memberId = useRouter().params.memberId ?? '';
  const { state, reload } = useCall('admin.developmentTimeline', { memberId }, memberId);
  const [recording, setRecording] = useState<Recording | null>(null);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(timeline) => (
          <>
            <TimelineView timeline={timeline} />
            <BranchDecisions
              decisions={timeline.decisions}
              onPick={(step) => setRecording({ kind: 'decision', step })}
            />
            {timeline.next ? (
              <BottomBar testId="develop-actions">
                <Button
                  block
                  type="primary"
                  onClick={() => timeline.next && setRecording({ kind: 'next', step: timeline.next })}
                >
                  记录下一步
                </Button>
              </BottomBar>
            ) : null}
            <RecordStepSheet
              timeline={timeline}
              recording={recording}
              onClose={() => setRecording(null)}
              onDone={() => {
                setRecording(null);
                reload();
              }}
            />
          </>
        )}
      </CallView>
    </PageShell>
  );
}
