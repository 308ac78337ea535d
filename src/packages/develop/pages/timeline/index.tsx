import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { RecordStepSheet } from '@/features/develop/record-step-sheet';
import { TimelineView } from '@/features/develop/timeline-view';
import { useCall } from '@/lib/use-call';
import '@/features/develop/develop.scss';

/** One person's development for the secretary: the steps, what is next, and 记录下一步. */
export default function DevelopTimelinePage() {
  const memberId = useRouter().params.memberId ?? '';
  const { state, reload } = useCall('admin.developmentTimeline', { memberId }, memberId);
  const [recording, setRecording] = useState(false);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(timeline) => (
          <>
            <TimelineView timeline={timeline} />
            {timeline.next ? (
              <BottomBar testId="develop-actions">
                <Button block type="primary" onClick={() => setRecording(true)}>
                  记录下一步
                </Button>
              </BottomBar>
            ) : null}
            <RecordStepSheet
              timeline={timeline}
              open={recording}
              onClose={() => setRecording(false)}
              onDone={() => {
                setRecording(false);
                reload();
              }}
            />
          </>
        )}
      </CallView>
    </PageShell>
  );
}
