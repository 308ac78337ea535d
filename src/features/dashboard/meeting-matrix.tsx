import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@contract/schemas/dashboard';
import { openPage } from '@/lib/pages';
import { heldCount, meetingTypesText, monthLabel } from './series';

type Branch = Dashboard['meetingMatrix'][number];
type Cell = Branch['months'][number];

function MatrixCell({ branch, cell, withYear }: { branch: Branch; cell: Cell; withYear: boolean }) {
  const held = heldCount(cell.held);
  const missing = cell.missing.length > 0;
  const when = monthLabel(cell.month, withYear);
  const label = missing
    ? `${branch.name}${when}缺${meetingTypesText(cell.missing)}，点按安排`
    : `${branch.name}${when}已开${held}次`;
  return (
    <View
      className={missing ? 'meeting-matrix__cell meeting-matrix__cell--missing' : 'meeting-matrix__cell'}
      aria-label={label}
      role={missing ? 'button' : undefined}
      data-testid={missing ? 'matrix-missing' : undefined}
      onClick={missing ? () => openPage('adminActivityForm', { unitId: branch.unitId }) : undefined}
    >
      <Text className="meeting-matrix__held">{held > 0 ? `✓${held}` : '未开'}</Text>
      {missing ? <Text className="meeting-matrix__missing">缺{cell.missing.length}项</Text> : null}
    </View>
  );
}

/**
 * 三会一课: a row per branch, a column per month. A red cell lacks a required meeting; tapping it opens the
 * activity form for that branch, so the missing meeting gets scheduled from where it was noticed.
 */
export function MeetingMatrix({ branches }: { branches: Branch[] }) {
  const months = branches[0]?.months.map((cell) => cell.month) ?? [];
  const withYear = new Set(months.map((month) => month.slice(0, 4))).size > 1;
  return (
    <View className="meeting-matrix" role="table" aria-label="三会一课完成情况">
      <View className="meeting-matrix__row meeting-matrix__row--head" role="row">
        <Text className="meeting-matrix__name">支部</Text>
        {months.map((month) => (
          <Text key={month} className="meeting-matrix__month">
            {monthLabel(month, withYear)}
          </Text>
        ))}
      </View>
      {branches.map((branch) => (
        <View key={branch.unitId} className="meeting-matrix__row" role="row">
          <Text className="meeting-matrix__name">{branch.name}</Text>
          {branch.months.map((cell) => (
            <MatrixCell key={cell.month} branch={branch} cell={cell} withYear={withYear} />
          ))}
        </View>
      ))}
    </View>
  );
}
