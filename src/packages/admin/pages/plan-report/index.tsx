import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { dateText } from '@/features/study/format';
import { ProgressBar } from '@/features/study/progress-bar';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import '@/features/study/study.scss';

/** How far a plan is: per unit, per member (unfinished first); remind the unfinished; export. */
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
      <CallView state={state} onRetry={reload}>
        {(report) => (
          <View>
            <View className="title">{report.plan.title}</View>
            <View className="muted">
              {report.plan.unitName} · 截止 {dateText(report.plan.deadline)}
            </View>
            <View className="card figures">
              <View>
                <Text className="figures__value">{report.members}</Text>
                <Text className="muted">应学人数</Text>
              </View>
              <View>
                <Text className="figures__value report__completed">{report.completedMembers}</Text>
                <Text className="muted">已完成</Text>
              </View>
              <View>
                <Text className="figures__value">
                  {report.members ? Math.floor((report.completedMembers / report.members) * 100) : 0}%
                </Text>
                <Text className="muted">完成率</Text>
              </View>
            </View>
            {message ? <View className="notice">{message}</View> : null}
            <View className="row">
              <Button
                className="button report__remind"
                disabled={report.completedMembers === report.members}
                onClick={() => void remind(report.members - report.completedMembers)}
              >
                提醒未完成的人
              </Button>
              <Button className="button button--plain" onClick={() => void exportReport()}>
                导出 Excel
              </Button>
            </View>
            <View className="section-title">按单位</View>
            {report.units.map((unit) => (
              <View key={unit.unitId} className="card">
                <View className="row">
                  <Text>{unit.unitName}</Text>
                  <Text>
                    {unit.completed} / {unit.members} 人
                  </Text>
                </View>
                <ProgressBar percent={unit.percent} completed={unit.percent === 100} />
              </View>
            ))}
            <View className="section-title">按党员（未完成在前）</View>
            {report.rows.map((row) => (
              <View key={row.memberId} className="card">
                <View className="row">
                  <Text>
                    {row.name} <Text className="muted">{row.unitName}</Text>
                  </Text>
                  <Text className={row.completed ? 'progress__text--done' : 'muted'}>
                    {row.completed ? '已完成' : `${row.done} / ${row.total}`}
                  </Text>
                </View>
              </View>
            ))}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
