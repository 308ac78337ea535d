import { Text, View } from '@tarojs/components';
import { Cell, Tag } from '@nutui/nutui-react-taro';
import { ACTIVITY_TYPE_LABELS, THREE_MEETINGS, type ActivityType } from '@contract/labels';
import { colors } from '@/theme/tokens';

type Branch = { unitId: string; name: string; held: Partial<Record<ActivityType, number>>; missing: ActivityType[] };

/** One branch's 三会一课 in the period: a tag saying whether any is missing, then each kind held how often. */
export function MeetingBranchRow({ branch }: { branch: Branch }) {
  const complete = branch.missing.length === 0;
  return (
    <Cell
      title={
        <View className="admin-activity__body" data-testid="meeting-branch">
          <View className="admin-activity__line">
            {complete ? (
              <Tag background={colors.successTint} color={colors.success}>
                已完成
              </Tag>
            ) : (
              <Tag background={colors.primaryTint} color={colors.primary}>
                有缺项
              </Tag>
            )}
            <Text className="admin-activity__title">{branch.name}</Text>
          </View>
          <Text className="meeting-branch__counts">
            {THREE_MEETINGS.map((type) => `${ACTIVITY_TYPE_LABELS[type]} ${branch.held[type] ?? 0}`).join(' · ')}
          </Text>
          {complete ? null : (
            <Text className="field__error">未开：{branch.missing.map((t) => ACTIVITY_TYPE_LABELS[t]).join('、')}</Text>
          )}
        </View>
      }
    />
  );
}
