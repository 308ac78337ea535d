import { Text, View } from '@tarojs/components';
import type { MonthlyReport } from '@contract/schemas/report';
import { FigureCard } from '@/features/dashboard/figure-card';
import { COMPARED_ROWS } from './report-text';

/** 各支部对比: the branches side by side, a column each, a row per figure (the unit's own are above). */
export function BranchTable({ report }: { report: MonthlyReport }) {
  const units = report.branches;
  const more = report.branchTotal - report.branches.length;
  return (
    <FigureCard
      title="各支部对比"
      note={
        [
          units.length > 2 ? '左右滑动查看各支部。' : '',
          more > 0 ? `只列出按名称排序的前 ${units.length} 个支部，另有 ${more} 个请导出 Excel 查看。` : '',
        ].join('') || undefined
      }
    >
      <View className="report-table" role="table" aria-label="各支部对比" data-testid="branch-table">
        <View className="report-table__row report-table__row--head" role="row">
          <View className="report-table__label" role="columnheader">
            <Text>指标</Text>
          </View>
          {units.map((unit) => (
            <View key={unit.unitId} className="report-table__cell" role="columnheader">
              <Text>{unit.name}</Text>
            </View>
          ))}
        </View>
        {COMPARED_ROWS.map(([label, value]) => (
          <View key={label} className="report-table__row" role="row">
            <View className="report-table__label" role="rowheader">
              <Text>{label}</Text>
            </View>
            {units.map((unit) => (
              <View key={unit.unitId} className="report-table__cell" role="cell">
                <Text>{value(unit.figures)}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
    </FigureCard>
  );
}
