import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { CheckChecked, CheckNormal } from '@nutui/icons-react-taro';
import type { ActivitySummary } from '@contract/schemas/activities';
import { timeRangeText } from '@/lib/format';
import { colors } from '@/theme/tokens';

/** Which activity the typed code is for: the 6 digits alone do not say, so the member picks it here. */
export function CheckinChoice({
  activities,
  selected,
  onSelect,
}: {
  activities: ActivitySummary[];
  selected: string | null;
  onSelect: (activityId: string) => void;
}) {
  return (
    <CellGroup>
      {activities.map((activity) => {
        const chosen = activity.activityId === selected;
        return (
          <Cell
            key={activity.activityId}
            title={
              <View className="checkin-choice__title" role="radio" aria-checked={chosen}>
                <Text>{activity.title}</Text>
              </View>
            }
            description={
              <View className="checkin-choice__meta">
                <Text>{timeRangeText(activity.startAt, activity.endAt)}</Text>
                <Text>{activity.placeText}</Text>
              </View>
            }
            extra={
              chosen ? (
                <CheckChecked size={22} color={colors.primary} />
              ) : (
                <CheckNormal size={22} color={colors.text3} />
              )
            }
            onClick={() => onSelect(activity.activityId)}
          />
        );
      })}
    </CellGroup>
  );
}
