import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, NoticeBar } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { PlanReportView } from '@/features/admin-study/plan-report-view';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import '@/features/admin-study/admin-console.scss';

/** How far a plan is: overall, per unit, per member; remind the unfinished; export. */
export default function PlanReportPage() {
  const planId = useRouter().params.planId ?? '';
  const { state, reload } = useCall('admin.planReport', { planId }, planId);
  const [message, setMessage] = useState<string | null>(null);

  const remind = async (count: number) => {
    const { confirm } = await Taro.showModal({
      title: '提醒未完成的党员',
      content: `将给 ${count} 名未完成的党员发送学习提醒，确定吗？`,
    });
    if (!confirm) return;
    const result = await call('admin.planRemind', { planId });
    setMessage(result.ok ? `已提醒 ${result.data.reminded} 人。` : result.error.message);
  };
  const exportReport = async () => {
    const result = await call('admin.planExport', { planId });
    if (!result.ok) return setMessage(result.error.message);
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={retryWhenUseful(state, reload)}>
        {(report) => (
          <PlanReportView
            report={report}
            actions={
              <View>
                {message ? <NoticeBar content={message} closeable onClose={() => setMessage(null)} /> : null}
                <View className="console-toolbar">
                  <Button
                    type="primary"
                    disabled={report.completedMembers === report.members}
                    onClick={() => void remind(report.members - report.completedMembers)}
                  >
                    提醒未完成的人
                  </Button>
                  <Button fill="outline" type="primary" onClick={() => void exportReport()}>
                    导出 Excel
                  </Button>
                </View>
              </View>
            }
          />
        )}
      </CallView>
    </PageShell>
  );
}
