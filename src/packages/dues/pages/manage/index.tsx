import { useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, Popup } from '@nutui/nutui-react-taro';
import { BottomBar } from '@/components/bottom-bar';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { EmptyView } from '@/components/state-views';
import { DuesFigures } from '@/features/dues/dues-figures';
import type { DuesMemberRowData } from '@/features/dues/labels';
import { MemberDuesRow } from '@/features/dues/member-dues-row';
import { monthText, shiftMonth, yuanText } from '@/features/dues/money';
import { PeriodStepper } from '@/features/dues/month-stepper';
import { DuesProfileForm } from '@/features/dues/profile-form';
import { RecordPaymentForm } from '@/features/dues/record-payment-form';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import '@/features/dues/dues.scss';

type Sheet = { kind: 'base' | 'record'; row: DuesMemberRowData } | null;

/** 党费管理: a month's figures, every member (arrears first), 设定基数 / 记录缴费 sheets, and the year's export. */
export default function DuesManagePage() {
  const unitId = useRouter().params.unitId ?? '';
  const [thisMonth] = useState(() => dayjs().format('YYYY-MM'));
  const [month, setMonth] = useState(thisMonth);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [exporting, setExporting] = useState(false);
  const summary = useCall('admin.duesMonth', { unitId, month }, `${unitId}:${month}`);
  const done = () => {
    setSheet(null);
    summary.reload();
  };
  const publish = async () => {
    const { confirm } = await Taro.showModal({
      title: '公示党费收缴情况',
      content: `将${monthText(month)}的收缴人数和金额合计发布到公示栏（不含个人金额），公示 7 天。`,
      confirmText: '公示',
    });
    if (!confirm) return;
    const result = await call('admin.duesPublish', { unitId, month, days: 7 });
    void Taro.showToast({ title: result.ok ? '已发布到公示栏' : result.error.message, icon: 'none' });
  };
  const exportYear = async () => {
    setExporting(true);
    const result = await call('admin.duesExport', { unitId, year: Number(month.slice(0, 4)) });
    setExporting(false);
    if (!result.ok) return void Taro.showToast({ title: result.error.message, icon: 'none' });
    await saveFile(result.data.fileName, result.data.file, result.data.mimeType);
  };

  return (
    <PageShell>
      <PeriodStepper
        label={monthText(month)}
        previousLabel="上月"
        nextLabel="下月"
        nextDisabled={month >= thisMonth}
        onPrevious={() => setMonth(shiftMonth(month, -1))}
        onNext={() => setMonth(shiftMonth(month, 1))}
      />
      <CallView state={summary.state} onRetry={summary.reload} loadingLabel="正在汇总党费…">
        {(data) => (
          <>
            <DuesFigures
              testId="dues-month-figures"
              figures={[
                { label: '本月应缴（元）', value: yuanText(data.dueFen) },
                { label: '本月已缴（元）', value: yuanText(data.paidFen) },
                { label: '累计欠缴（元）', value: yuanText(data.arrearsFen), strong: true },
              ]}
            />
            <SectionHeader title={data.unitName} extra={`已缴 ${data.paidCount}/${data.memberCount} 人`} />
            {data.members.length === 0 ? (
              <EmptyView message="这个组织还没有需要缴纳党费的党员" hint="正式党员和预备党员会列在这里。" />
            ) : (
              <CellGroup className="row-list">
                {data.members.map((row) => (
                  <MemberDuesRow
                    key={row.memberId}
                    row={row}
                    onSetBase={() => setSheet({ kind: 'base', row })}
                    onRecord={() => setSheet({ kind: 'record', row })}
                  />
                ))}
              </CellGroup>
            )}
          </>
        )}
      </CallView>
      <BottomBar testId="dues-actions">
        <Button type="primary" fill="outline" onClick={() => void publish()}>
          公示本月
        </Button>
        <Button type="primary" loading={exporting} disabled={exporting} onClick={() => void exportYear()}>
          导出全年
        </Button>
      </BottomBar>
      <Popup
        visible={sheet !== null}
        position="bottom"
        round
        closeable
        title={sheet ? `${sheet.kind === 'base' ? '设定党费基数' : '记录缴费'} · ${sheet.row.name}` : ''}
        onClose={() => setSheet(null)}
      >
        <View className="dues-sheet">
          {sheet?.kind === 'base' ? (
            <DuesProfileForm
              key={sheet.row.memberId}
              memberId={sheet.row.memberId}
              name={sheet.row.name}
              onDone={done}
            />
          ) : null}
          {sheet?.kind === 'record' ? (
            <RecordPaymentForm key={sheet.row.memberId} row={sheet.row} onDone={done} />
          ) : null}
        </View>
      </Popup>
    </PageShell>
  );
}
