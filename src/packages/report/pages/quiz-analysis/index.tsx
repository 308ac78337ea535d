import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { PageShell } from '@/components/page-shell';
import { QuizAnalysisView } from '@/features/admin-quiz/quiz-analysis-view';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import '@/features/admin-study/admin-console.scss';

/** An exam's statistics, and the export of every attempt. */
export default function QuizAnalysisPage() {
  const quizId = useRouter().params.quizId ?? '';
  const { state, reload } = useCall('admin.quizAnalysis', { quizId }, quizId);
  const exportXlsx = async () => {
    const result = await call('admin.quizExport', { quizId });
    if (result.ok) await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  return (
    <PageShell>
      <CallView state={state} onRetry={retryWhenUseful(state, reload)}>
        {(analysis) => (
          <View>
            <QuizAnalysisView a={analysis} />
            <View className="console-actions">
              <Button block fill="outline" type="primary" onClick={() => void exportXlsx()}>
                导出 Excel
              </Button>
            </View>
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
