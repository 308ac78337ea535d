import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Step, Steps } from '@nutui/nutui-react-taro';
import type { RosterImportReport } from '@contract/schemas/roster';
import { PageShell } from '@/components/page-shell';
import { SectionHeader } from '@/components/section-header';
import { ErrorView, LoadingView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { ImportChoices, ImportRows, ImportSummary } from '@/features/admin/import-report';
import { TemplateDownload } from '@/features/admin/template-download';
import { call } from '@/lib/api-client';
import { pickFile, type PickedFile } from '@/lib/platform/files';
import '@/features/admin/members.scss';

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'report'; report: RosterImportReport }
  | { kind: 'failed'; message: string };

const IMPORT_HELP =
  '支持 CSV 和 Excel（.xlsx），第一行为列名。必填：姓名、身份证号、所在支部、发展阶段、阶段日期；' +
  '可选：性别、民族、出生日期、学历、手机号、党内职务、入党日期、党籍状态。';

const stepIndex = (step: Step) =>
  step.kind === 'report' ? (step.report.written ? 3 : 2) : step.kind === 'checking' ? 2 : 1;

/**
 * The import wizard: choose a CSV or XLSX file, see every row checked (nothing is written yet), then
 * import only the valid rows, or everything only if every row is valid.
 */
export default function ImportPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [file, setFile] = useState<PickedFile | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });

  const run = async (picked: PickedFile, mode: RosterImportReport['mode']) => {
    setStep({ kind: 'checking' });
    const format = picked.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    const result = await call('admin.rosterImport', { unitId, format, file: picked.base64, mode });
    setStep(result.ok ? { kind: 'report', report: result.data } : { kind: 'failed', message: result.error.message });
  };

  const choose = async () => {
    const picked = await pickFile(['csv', 'xlsx']);
    if (!picked) return;
    setFile(picked);
    await run(picked, 'dry_run');
  };

  return (
    <PageShell>
      <View className="import-card">
        <Steps value={stepIndex(step)}>
          <Step value={1} title="选择文件" />
          <Step value={2} title="逐行检查" />
          <Step value={3} title="写入名册" />
        </Steps>
        <Text className="import-card__help">{IMPORT_HELP}</Text>
        <Text className="import-card__hint">
          模板第 2 行是示例，导入前请删除。先检查每一行、确认无误再写入；同一文件重复导入不会重复建档。
        </Text>
        <TemplateDownload route="admin.rosterTemplate" unitId={unitId} />
        <Button
          block
          type="primary"
          className="import__choose"
          data-testid="import-choose"
          onClick={() => void choose()}
        >
          {file ? `重新选择文件（当前：${file.name}）` : '选择文件并检查'}
        </Button>
      </View>
      {step.kind === 'checking' ? <LoadingView label="正在逐行检查…" /> : null}
      {step.kind === 'failed' ? <ErrorView message={step.message} /> : null}
      {step.kind === 'report' ? (
        <>
          <SectionHeader title={step.report.written ? '导入结果' : '检查结果'} />
          <ImportSummary report={step.report} />
          {!step.report.written && file ? (
            <ImportChoices
              report={step.report}
              onValidOnly={() => void run(file, 'valid_only')}
              onAllOrNothing={() => void run(file, 'all_or_nothing')}
            />
          ) : null}
          {step.report.written ? (
            <Button block fill="outline" type="primary" onClick={() => openAdmin.members(unitId)}>
              查看党员名册
            </Button>
          ) : null}
          <SectionHeader title="逐行明细" extra={<Text>共 {step.report.rows.length} 行</Text>} />
          <ImportRows rows={step.report.rows} />
        </>
      ) : null}
    </PageShell>
  );
}
