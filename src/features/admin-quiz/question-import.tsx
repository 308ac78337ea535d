import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, NoticeBar } from '@nutui/nutui-react-taro';
import type { RouteOutput } from '@contract/contract';
import { TemplateDownload } from '@/features/admin/template-download';
import { questionImportSummary } from '@/features/quiz/import-summary';
import { call } from '@/lib/api-client';
import { pickFile } from '@/lib/platform/files';

type ImportReport = RouteOutput<'admin.questionImport'>;

const DUPLICATE_LABELS = { bank: '题库里已有这道题', file: '与文件中前面的一行是同一道题' } as const;

/** Import a bank from CSV/XLSX: every file is checked first (nothing written), then the admin chooses. */
export function QuestionImport({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (mode: 'dry_run' | 'all_or_nothing' | 'valid_only', picked = file) => {
    if (!picked) return;
    setBusy(true);
    const format = picked.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
    const result = await call('admin.questionImport', { unitId, format, file: picked.base64, mode });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setReport(result.data);
    if (result.data.written) onDone();
  };
  const choose = async () => {
    const picked = await pickFile(['csv', 'xlsx']);
    if (!picked) return;
    setFile(picked);
    setReport(null);
    await run('dry_run', picked);
  };
  const problems = report?.rows.filter((r) => r.errors.length || r.duplicate) ?? [];
  return (
    <View>
      <NoticeBar
        wrap
        content="先下载模板，按示例填写题型、题干、选项、答案等（模板第 2 行是示例，导入前请删除）。选好文件后会先检查，不会直接写入。"
      />
      <View className="console-toolbar console-actions">
        <TemplateDownload route="admin.questionTemplate" unitId={unitId} />
        <Button type="primary" loading={busy} disabled={busy} onClick={() => void choose()}>
          {file ? '重新选择文件' : '选择 CSV 或 Excel 文件'}
        </Button>
      </View>
      {file ? <Text className="console-cell__meta">当前文件：{file.name}</Text> : null}
      {error ? <View className="console-error">{error}</View> : null}
      {report ? (
        <View>
          <View className="console-section" data-testid="import-summary">
            {questionImportSummary(report)}
          </View>
          {problems.length ? (
            <CellGroup>
              {problems.map((r) => (
                <Cell
                  key={r.row}
                  title={`第 ${r.row} 行「${r.stem}」`}
                  description={[...r.errors, ...(r.duplicate ? [DUPLICATE_LABELS[r.duplicate]] : [])].join('；')}
                />
              ))}
            </CellGroup>
          ) : null}
          {report.written ? null : (
            <View className="console-actions">
              <Button
                block
                type="primary"
                disabled={busy || report.importable === 0}
                onClick={() => void run('valid_only')}
              >
                只导入无误的行
              </Button>
              <Button
                block
                fill="outline"
                disabled={busy || report.invalid > 0 || report.importable === 0}
                onClick={() => void run('all_or_nothing')}
              >
                全部导入
              </Button>
            </View>
          )}
        </View>
      ) : null}
    </View>
  );
}
