import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { Clock, Location } from '@nutui/icons-react-taro';
import { ACTIVITY_TYPE_LABELS, SIGNUP_STATUS_LABELS } from '@contract/labels';
import type { ActivitySummary } from '@contract/schemas/activities';
import { timeRangeText } from '@/lib/format';
import { colors } from '@/theme/tokens';
import { activityPhase, PHASE_LABELS } from './activity-phase';
import { seatsText } from './seats';
import './activity-card.scss';

/** One activity in a list: a date tile, the title, its type and state, when, where and how full. */
export function ActivityCard({ activity, onOpen }: { activity: ActivitySummary; onOpen: () => void }) {
  const start = dayjs(activity.startAt);
  const phase = activityPhase(activity);
  return (
    <View className="activity-card" data-testid="activity-card" role="button" onClick={onOpen}>
      <View className={`activity-card__date activity-card__date--${phase}`}>
        <Text className="activity-card__month">{start.format('M月')}</Text>
        <Text className="activity-card__day">{start.format('D')}</Text>
      </View>
      <View className="activity-card__body">
        <Text className="activity-card__title">{activity.title}</Text>
        <View className="activity-card__tags">
          <Tag type="danger" plain>
            {ACTIVITY_TYPE_LABELS[activity.type]}
          </Tag>
          {activity.myStatus ? (
            <Tag type={activity.myStatus === 'confirmed' ? 'success' : 'warning'}>
              {SIGNUP_STATUS_LABELS[activity.myStatus]}
            </Tag>
          ) : (
            <Tag background={colors.track} color={colors.text2}>
              {PHASE_LABELS[phase]}
            </Tag>
          )}
        </View>
        <View className="activity-card__meta">
          <Clock size={14} color={colors.text3} />
          <Text className="activity-card__meta-text">{timeRangeText(activity.startAt, activity.endAt)}</Text>
        </View>
        <View className="activity-card__meta">
          <Location size={14} color={colors.text3} />
          <Text className="activity-card__meta-text">{activity.placeText}</Text>
        </View>
        <Text className="activity-card__seats">{seatsText(activity)}</Text>
      </View>
    </View>
  );
}
