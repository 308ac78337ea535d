import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Dialog, Tag, TextArea } from '@nutui/nutui-react-taro';
import { CallView } from '@/components/call-view';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';
import { colors } from '@/theme/tokens';

const EXPECTED_BASIS_NOTES = {
  members: '应到：本支部的正式党员和预备党员（活动发布时确定），请假和缺席由此得出。',
  signups: '应到：报名参加的党员。',
} as const;
const OUTCOME = { present: '实到', leave: '请假', absent: '缺席' } as const;
const OUTCOME_TAG = {
  present: { background: colors.successTint, color: colors.success },
  leave: { background: colors.goldTint, color: colors.goldText },
  absent: { background: colors.track, color: colors.text2 },
} as const;

/** 应到 / 实到 / 请假 / 缺席, each person's outcome, 代签 with a reason for someone absent, and the export. */
export function AttendancePanel({ activityId, onMessage }: { activityId: string; onMessage: (text: string) => void }) {
  const { state, reload } = useCall('admin.attendance', { activityId }, activityId);
  const [proxyFor, setProxyFor] = useState<{ memberId: string; name: string } | null>(null);
  const proxy = useRouteForm('admin.proxyCheckIn', {
    initial: { reason: '' },
    guard: false,
    toInput: (v) => ({ activityId, memberId: proxyFor?.memberId ?? '', reason: v.reason }),
    onDone: () => {
      setProxyFor(null);
      proxy.reset({ reason: '' });
      onMessage('已代签，并记入操作日志。');
      reload();
    },
  });
  const exportSheet = async () => {
    const result = await call('admin.attendanceExport', { activityId });
    if (!result.ok) return onMessage(result.error.message);
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };
  return (
    <CallView state={state} onRetry={reload}>
      {(report) => (
        <View>
          <View className="card attendance" data-testid="attendance">
            {(
              [
                ['应到', report.expected],
                ['实到', report.present],
                ['请假', report.leave],
                ['缺席', report.absent],
              ] as const
            ).map(([label, count]) => (
              <View key={label} className="attendance__stat" aria-label={`${label} ${count}`}>
                <Text className="attendance__number">{count}</Text>
                <Text className="attendance__label">{label}</Text>
              </View>
            ))}
          </View>
          <Text className="muted">{EXPECTED_BASIS_NOTES[report.expectedBasis]}</Text>
          <Button block fill="outline" type="primary" className="manage__export" onClick={() => void exportSheet()}>
            导出考勤表
          </Button>
          <CellGroup>
            {report.rows.map((row) => (
              <Cell
                key={row.memberId}
                align="center"
                title={row.note ? `${row.name}（${row.note}）` : row.name}
                extra={
                  row.outcome === 'absent' ? (
                    <Button size="small" fill="outline" type="primary" onClick={() => setProxyFor(row)}>
                      代签
                    </Button>
                  ) : (
                    <Tag {...OUTCOME_TAG[row.outcome]}>{OUTCOME[row.outcome]}</Tag>
                  )
                }
              />
            ))}
          </CellGroup>
          <Dialog
            visible={proxyFor !== null}
            title={`为${proxyFor?.name ?? ''}代签`}
            confirmText="确认代签"
            cancelText="取消"
            disableConfirmButton={proxy.values.reason.trim().length < 2 || proxy.busy}
            onConfirm={() => void proxy.submit()}
            onCancel={() => setProxyFor(null)}
            content={
              <View>
                <TextArea
                  value={proxy.values.reason}
                  placeholder="请写明代签原因（至少 2 个字），将记入操作日志"
                  maxLength={100}
                  onChange={(reason) => proxy.set('reason', reason)}
                />
                {proxy.errors.reason || proxy.formError ? (
                  <Text className="field__error">{proxy.errors.reason ?? proxy.formError?.message}</Text>
                ) : null}
              </View>
            }
          />
        </View>
      )}
    </CallView>
  );
}
