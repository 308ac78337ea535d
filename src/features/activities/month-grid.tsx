import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { ActivitySummary } from '@contract/schemas/activities';
import './month-grid.scss';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** A month as a calendar grid; days with activities are marked, and tapping one picks it. */
export function MonthGrid({
  month,
  activities,
  selected,
  onSelect,
}: {
  month: string;
  activities: ActivitySummary[];
  selected: string | null;
  onSelect: (day: string | null) => void;
}) {
  const first = dayjs(`${month}-01`);
  const counts = new Map<string, number>();
  for (const activity of activities) {
    const day = dayjs(activity.startAt).format('YYYY-MM-DD');
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const cells: Array<string | null> = [
    ...Array.from({ length: first.day() }, () => null),
    ...Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day').format('YYYY-MM-DD')),
  ];
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <View className="card month-grid">
      {WEEKDAYS.map((weekday) => (
        <Text key={weekday} className="month-grid__weekday">
          {weekday}
        </Text>
      ))}
      {cells.map((day, index) =>
        day ? (
          <View
            key={day}
            className={[
              'month-grid__day',
              counts.has(day) ? 'month-grid__day--busy' : '',
              day === selected ? 'month-grid__day--selected' : '',
              day === today ? 'month-grid__day--today' : '',
            ].join(' ')}
            role="button"
            aria-label={
              counts.has(day)
                ? `${dayjs(day).format('M月D日')}，${counts.get(day)} 场活动`
                : dayjs(day).format('M月D日')
            }
            onClick={() => onSelect(day === selected ? null : day)}
          >
            <Text>{Number(day.slice(8))}</Text>
            {counts.has(day) ? <Text className="month-grid__count">{counts.get(day)}场</Text> : null}
          </View>
        ) : (
          <View key={`blank-${index}`} className="month-grid__day month-grid__day--blank" />
        ),
      )}
    </View>
  );
}
