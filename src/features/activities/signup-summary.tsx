import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { ActivityDetail } from '@contract/schemas/activities';
import { colors } from '@/theme/tokens';
import { seatsPercent } from './seats';

/** 报名情况: the count against the limit, a bar, the seats left, and the roster when it is public. */
export function SignupSummary({ activity, onRoster }: { activity: ActivityDetail; onRoster?: () => void }) {
  const percent = seatsPercent(activity);
  const left = activity.capacity === null ? null : Math.max(0, activity.capacity - activity.confirmedCount);
  return (
    <View className="detail-card" data-testid="signup-summary">
      <View className="detail-card__head">
        <Text className="section-title">报名情况</Text>
        {onRoster ? (
          <View className="detail-card__link" role="button" onClick={onRoster}>
            <Text>查看名单</Text>
            <ArrowRight size={12} color={colors.text3} />
          </View>
        ) : null}
      </View>
      <View className="signup-count">
        <Text className="signup-count__number">{activity.confirmedCount}</Text>
        <Text className="signup-count__of">
          {activity.capacity === null ? ' 人已报名（不限人数）' : ` / ${activity.capacity} 人已报名`}
        </Text>
        {left !== null ? (
          <Text className="signup-count__left">{left > 0 ? `还剩 ${left} 个名额` : '名额已满'}</Text>
        ) : null}
      </View>
      {percent !== null ? (
        <Progress percent={percent} color={colors.primary} background={colors.track} strokeWidth="8" />
      ) : null}
      {activity.waitlistCount > 0 ? <Text className="signup-count__wait">候补 {activity.waitlistCount} 人</Text> : null}
    </View>
  );
}
