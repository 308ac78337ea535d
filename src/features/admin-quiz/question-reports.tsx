import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, NoticeBar } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import { PagedList } from '@/components/paged-list';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import type { Question } from './question-values';

/** Members' 题目有误 reports: open the question to correct it, mark it fixed (re-grading), or dismiss. */
export function QuestionReports({ unitId, onEdit }: { unitId: string; onEdit: (question: Question) => void }) {
  const paged = usePagedCall(
    (skip) => call('admin.questionReports', { unitId, status: 'open', skip, limit: 20 }),
    unitId,
  );
  const [message, setMessage] = useState<string | null>(null);
  const resolve = async (reportId: string, action: 'fixed' | 'dismiss') => {
    if (action === 'dismiss') {
      const { confirm } = await Taro.showModal({ title: '驳回纠错', content: '确定这道题没有错误、驳回这条纠错吗？' });
      if (!confirm) return;
    }
    const result = await call('admin.questionReportResolve', { reportId, action, regrade: action === 'fixed' });
    setMessage(
      result.ok
        ? action === 'fixed'
          ? `已处理，重新评分 ${result.data.regraded} 份答卷。`
          : '已驳回。'
        : result.error.message,
    );
    paged.reload();
  };
  const edit = async (questionId: string) => {
    const result = await call('admin.questionGet', { questionId });
    if (result.ok) onEdit(result.data);
    else setMessage(result.error.message);
  };
  return (
    <View>
      {message ? <NoticeBar content={message} closeable onClose={() => setMessage(null)} /> : null}
      <CellGroup>
        <PagedList paged={paged} empty="没有待处理的纠错。">
          {(r) => (
            <Cell
              key={r.reportId}
              title={
                <View className="console-cell__text">
                  <Text className="console-cell__title">{r.stem}</Text>
                  <Text className="console-cell__meta">
                    {r.reporterName}：{r.reason}
                  </Text>
                  <View className="console-toolbar report-actions">
                    <Button size="small" fill="outline" onClick={() => void edit(r.questionId)}>
                      修改题目
                    </Button>
                    <Button size="small" type="primary" onClick={() => void resolve(r.reportId, 'fixed')}>
                      已更正并重评
                    </Button>
                    <Button size="small" fill="none" onClick={() => void resolve(r.reportId, 'dismiss')}>
                      驳回
                    </Button>
                  </View>
                </View>
              }
            />
          )}
        </PagedList>
      </CellGroup>
    </View>
  );
}
