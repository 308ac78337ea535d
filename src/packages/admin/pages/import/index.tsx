import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RosterImportReport } from '@contract/schemas/roster';
import { PageShell } from '@/components/page-shell';
import { ErrorView, LoadingView } from '@/components/state-views';
import { openAdmin } from '@/features/admin/admin-links';
import { TemplateDownload } from '@/features/admin/template-download';
import { call } from '@/lib/api-client';
import { pickFile, type PickedFile } from '@/lib/platform/files';

const OUTCOME_LABELS: Record<RosterImportReport['rows'][number]['outcome'], string> = {
  create: '新增',
  update: '更新',
  unchanged: '无变化',
  error: '有错误',
};

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'report'; report: RosterImportReport }
  | { kind: 'failed'; message: string };

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
      <View className="card">
        <View className="title">导入花名册</View>
        <View className="muted">
          支持 CSV 和
          Excel（.xlsx）。第一行为列名，必填列：姓名、身份证号、所在支部、发展阶段、阶段日期；可选列：性别、民族、出生日期、学历、手机号、党内职务、入党日期、党籍状态。
          可下载模板填写（第 2
          行是示例，导入前请删除）。先检查每一行，确认无误后再写入；同一文件重复导入不会产生重复记录。已有党员按姓名和身份证号一并对应后更新，党员改名请在党员档案中修改。
        </View>
        <TemplateDownload route="admin.rosterTemplate" unitId={unitId} />
        <Button className="button import__choose" data-testid="import-choose" onClick={() => void choose()}>
          {file ? `重新选择文件（当前：${file.name}）` : '选择文件并检查'}
        </Button>
      </View>
      {step.kind === 'checking' ? <LoadingView label="正在逐行检查…" /> : null}
      {step.kind === 'failed' ? <ErrorView message={step.message} /> : null}
      {step.kind === 'report' ? (
        <View>
          <View
            className={step.report.written ? 'notice notice--ok import__result' : 'notice import__result'}
            data-testid="import-result"
          >
            {step.report.written
              ? `已导入：新增 ${step.report.counts.create} 人，更新 ${step.report.counts.update} 人，未变 ${step.report.counts.unchanged} 人，跳过 ${step.report.counts.error} 行。`
              : step.report.mode === 'dry_run'
                ? `检查完成（尚未写入）：可新增 ${step.report.counts.create} 人，可更新 ${step.report.counts.update} 人，无变化 ${step.report.counts.unchanged} 人，有错误 ${step.report.counts.error} 行。`
                : `有 ${step.report.counts.error} 行错误，按“全部正确才导入”的要求，什么也没有写入。`}
          </View>
          {!step.report.written && file ? (
            <View className="actions">
              <Button
                className="button import__valid-only"
                data-testid="import-valid-only"
                disabled={step.report.counts.create + step.report.counts.update === 0}
                onClick={() => void run(file, 'valid_only')}
              >
                导入全部正确的行
              </Button>
              <Button className="button button--plain import__all" onClick={() => void run(file, 'all_or_nothing')}>
                全部正确才导入
              </Button>
            </View>
          ) : null}
          {step.report.written ? (
            <Button className="button button--plain" onClick={() => openAdmin.members(unitId)}>
              查看党员名册
            </Button>
          ) : null}
          {step.report.rows.map((row) => (
            <View className="card import__row" data-testid="import-row" key={row.row}>
              <View className="row">
                <Text>
                  第 {row.row} 行 · {row.name || '（无姓名）'}
                </Text>
                <Text className={row.outcome === 'error' ? 'field__error' : 'muted'}>
                  {OUTCOME_LABELS[row.outcome]}
                </Text>
              </View>
              {row.errors.map((error) => (
                <View className="field__error" key={error}>
                  {error}
                </View>
              ))}
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  );
}
