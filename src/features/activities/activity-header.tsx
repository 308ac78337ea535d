import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { ACTIVITY_TYPE_LABELS, SIGNUP_STATUS_LABELS } from '@contract/labels';
import type { ActivityDetail } from '@contract/schemas/activities';
import { nearDayText, shortDateText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { activityPhase, PHASE_LABELS } from './activity-phase';

/** The banner (day and title over the party red) and the card under it with the tags and the organiser. */
export function ActivityHeader({ activity }: { activity: ActivityDetail }) {
  const now = Date.now();
  const phase = activityPhase(activity, now);
  const signupOpen = phase === 'upcoming' && now >= activity.signupOpensAt && now <= activity.signupClosesAt;
  const mine = activity.mine;
  return (
    <View>
      <View className="activity-hero">
        <Text className="activity-hero__kicker">
          {nearDayText(activity.startAt, now) ?? shortDateText(activity.startAt, now)}
        </Text>
        <Text className="activity-hero__title">{activity.title}</Text>
      </View>
      <View className="activity-headline">
        <View className="activity-headline__tags">
          <Tag type="danger">{ACTIVITY_TYPE_LABELS[activity.type]}</Tag>
          {signupOpen ? (
            <Tag background={colors.goldTint} color={colors.goldText}>
              报名中
            </Tag>
          ) : (
            <Tag background={colors.track} color={colors.text2}>
              {PHASE_LABELS[phase]}
            </Tag>
          )}
          {mine && mine.status !== 'cancelled' ? (
            <Tag background={colors.successTint} color={colors.success}>
              {mine.checkedIn ? '已签到' : SIGNUP_STATUS_LABELS[mine.status]}
            </Tag>
          ) : null}
        </View>
        <Text className="activity-headline__by">{activity.organiserName} 发布</Text>
      </View>
    </View>
  );
}
