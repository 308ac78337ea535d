import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Tag } from '@nutui/nutui-react-taro';
import type { RosterImportReport } from '@contract/schemas/roster';
import { countText } from '@/lib/format';

type Row = RosterImportReport['rows'][number];

const OUTCOMES: Record<Row['outcome'], { label: string; type: 'success' | 'primary' | 'default' | 'danger' }> = {
  create: { label: '新增', type: 'success' },
  update: { label: '更新', type: 'primary' },
  unchanged: { label: '无变化', type: 'default' },
  error: { label: '有错误', type: 'danger' },
};

function summaryOf(report: RosterImportReport): string {
  const { create, update, unchanged, error } = report.counts;
  if (report.written) return `已导入：新增 ${create} 人，更新 ${update} 人，未变 ${unchanged} 人，跳过 ${error} 行。`;
  if (report.mode === 'dry_run')
    return `检查完成（尚未写入）：可新增 ${create} 人，可更新 ${update} 人，无变化 ${unchanged} 人，有错误 ${error} 行。`;
  return `有 ${error} 行错误，按“全部正确才导入”的要求，什么也没有写入。`;
}

/** The four counts big, then the summary sentence. */
export function ImportSummary({ report }: { report: RosterImportReport }) {
  const counts: Array<[string, number, boolean]> = [
    [report.written ? '新增' : '可新增', report.counts.create, false],
    [report.written ? '更新' : '可更新', report.counts.update, false],
    ['无变化', report.counts.unchanged, false],
    ['有错误', report.counts.error, true],
  ];
  return (
    <View className="import-summary">
      <View className="import-summary__counts">
        {counts.map(([label, value, bad]) => (
          <View key={label} className="import-summary__count">
            <Text
              className={
                bad && value > 0 ? 'import-summary__number import-summary__number--bad' : 'import-summary__number'
              }
            >
              {countText(value)}
            </Text>
            <Text className="import-summary__label">{label}</Text>
          </View>
        ))}
      </View>
      <View className="import-summary__text" data-testid="import-result">
        {summaryOf(report)}
      </View>
    </View>
  );
}

/** Every checked row: its number, name and outcome, and each of its errors underneath. */
export function ImportRows({ rows }: { rows: Row[] }) {
  return (
    <CellGroup className="import-rows">
      {rows.map((row) => (
        <Cell
          key={row.row}
          className="import-row"
          title={
            <View className="import-row__main" data-testid="import-row">
              <View className="import-row__line">
                <Text className="import-row__name">
                  第 {row.row} 行 · {row.name || '（无姓名）'}
                </Text>
                <Tag type={OUTCOMES[row.outcome].type} plain>
                  {OUTCOMES[row.outcome].label}
                </Tag>
              </View>
              {row.errors.map((error) => (
                <Text className="import-row__error" key={error}>
                  {error}
                </Text>
              ))}
            </View>
          }
        />
      ))}
    </CellGroup>
  );
}

/** After a dry run: write only the valid rows, or everything only if every row is valid. */
export function ImportChoices({
  report,
  onValidOnly,
  onAllOrNothing,
}: {
  report: RosterImportReport;
  onValidOnly: () => void;
  onAllOrNothing: () => void;
}) {
  return (
    <View className="import-choices">
      <Button fill="outline" type="primary" className="import__all" onClick={onAllOrNothing}>
        全部正确才导入
      </Button>
      <Button
        type="primary"
        className="import__valid-only"
        data-testid="import-valid-only"
        disabled={report.counts.create + report.counts.update === 0}
        onClick={onValidOnly}
      >
        导入全部正确的行
      </Button>
    </View>
  );
}
