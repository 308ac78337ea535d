import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import { ACTIVITY_TYPE_LABELS } from '@contract/labels';
import type { ActivitySummary } from '@contract/schemas/activities';
import { whenText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { activityPhase, PHASE_LABELS, type ActivityPhase } from './activity-phase';
import { seatsText } from './seats';

const PHASE_TAG: Record<ActivityPhase, { background: string; color: string }> = {
  upcoming: { background: colors.primaryTint, color: colors.primary },
  running: { background: colors.goldTint, color: colors.goldText },
  ended: { background: colors.track, color: colors.text2 },
};

/** An activity in the console's list: one line of title and state, one line of when and how full. */
export function AdminActivityRow({ activity, onOpen }: { activity: ActivitySummary; onOpen: () => void }) {
  const phase = activityPhase(activity);
  return (
    <Cell
      className="admin-activity"
      align="center"
      onClick={onOpen}
      title={
        <View className="admin-activity__body" data-testid="admin-activity">
          <View className="admin-activity__line">
            <Tag {...PHASE_TAG[phase]}>{PHASE_LABELS[phase]}</Tag>
            <Text className="admin-activity__title">{activity.title}</Text>
          </View>
          <Text className="admin-activity__meta">
            {whenText(activity.startAt)} · {ACTIVITY_TYPE_LABELS[activity.type]} · {seatsText(activity)}
          </Text>
        </View>
      }
      extra={<ArrowRight size={14} color={colors.text3} />}
    />
  );
}
