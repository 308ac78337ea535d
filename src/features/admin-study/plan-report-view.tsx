import { useMemo, useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, CircleProgress, Progress, SearchBar, Tabs } from '@nutui/nutui-react-taro';
import { ChartCanvas } from '@/features/charts/chart-canvas';
import { barChart } from '@/features/charts/specs';
import type { RouteOutput } from '@contract/contract';
import { ChoiceField } from '@/components/form';
import { EmptyView } from '@/components/state-views';
import { dateText, percentText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { filterRows, REPORT_PAGE, type RowState } from './report-filter';

type Report = RouteOutput<'admin.planReport'>;

const STATES: Array<{ value: RowState; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '未完成' },
  { value: 'done', label: '已完成' },
];

function Overview({ report }: { report: Report }) {
  const rate = report.members ? report.completedMembers / report.members : 0;
  return (
    <View className="card console-figure">
      <CircleProgress
        className="console-figure__ring"
        percent={Math.round(rate * 100)}
        radius={48}
        strokeWidth={8}
        color={colors.primary}
      >
        <Text className="console-figure__value">{percentText(rate)}</Text>
      </CircleProgress>
      <View>
        <Text className="console-cell__meta">
          截止 {dateText(report.plan.deadline)} · {report.plan.unitName}
        </Text>
        <View>
          已完成{' '}
          <Text className="console-figure__value" data-testid="plan-completed">
            {report.completedMembers}
          </Text>{' '}
          / {report.members} 人
        </View>
      </View>
    </View>
  );
}

/** A plan's completion: the overall rate, each unit's bar, and the members, filtered and paged. */
export function PlanReportView({ report, actions }: { report: Report; actions: ReactNode }) {
  const [unitName, setUnitName] = useState('');
  const [state, setState] = useState<RowState>('all');
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(REPORT_PAGE);
  const rows = filterRows(report.rows, { unitName, state, search });
  const units = report.units.map((unit) => ({ value: unit.unitName, label: unit.unitName }));
  const unitChart = useMemo(
    () =>
      barChart(
        report.units.map((unit) => ({ label: unit.unitName, value: unit.percent })),
        { horizontal: true, max: 100 },
      ),
    [report.units],
  );
  return (
    <View>
      <View className="title">{report.plan.title}</View>
      <Overview report={report} />
      {actions}
      <View className="console-section">按单位</View>
      <View className="card">
        <ChartCanvas
          canvasId="chart-plan-units"
          chart={unitChart}
          height={Math.max(120, report.units.length * 44 + 40)}
          label={report.units.map((unit) => `${unit.unitName} ${unit.completed}/${unit.members} 人完成`).join('，')}
        />
        <Text className="console-cell__meta">完成率（%）</Text>
      </View>
      <View className="console-section">按党员</View>
      <SearchBar placeholder="按姓名搜索" value={search} onChange={(v) => (setSearch(v), setShown(REPORT_PAGE))} />
      {units.length > 1 ? (
        <ChoiceField
          label="单位"
          value={unitName}
          options={[{ value: '', label: '全部单位' }, ...units] as Array<{ value: string; label: string }>}
          onChange={(v) => (setUnitName(v), setShown(REPORT_PAGE))}
        />
      ) : null}
      <Tabs value={state} onChange={(v) => (setState(v as RowState), setShown(REPORT_PAGE))} activeType="line">
        {STATES.map((s) => (
          <Tabs.TabPane key={s.value} value={s.value} title={s.label} />
        ))}
      </Tabs>
      {rows.length === 0 ? <EmptyView message="没有符合条件的党员。" /> : null}
      <CellGroup>
        {rows.slice(0, shown).map((row) => (
          <Cell
            key={row.memberId}
            className="console-cell"
            title={
              <View className="console-cell__text">
                <Text className="console-cell__title">{row.name}</Text>
                <Text className="console-cell__meta">{row.unitName}</Text>
              </View>
            }
            extra={
              <View className="console-bar">
                <View className="console-bar__track report-row__bar">
                  <Progress
                    percent={row.total ? Math.round((row.done / row.total) * 100) : 0}
                    color={row.completed ? colors.success : colors.gold}
                    strokeWidth="6"
                  />
                </View>
                <Text className="console-bar__value">{row.completed ? '已完成' : `${row.done}/${row.total}`}</Text>
              </View>
            }
          />
        ))}
      </CellGroup>
      {rows.length > shown ? (
        <Button block fill="outline" type="primary" onClick={() => setShown(shown + REPORT_PAGE)}>
          加载更多（还有 {rows.length - shown} 人）
        </Button>
      ) : null}
    </View>
  );
}
