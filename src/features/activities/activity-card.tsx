import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ACTIVITY_TYPE_LABELS, SIGNUP_STATUS_LABELS } from '@contract/labels';
import type { ActivitySummary } from '@contract/schemas/activities';
import { seatsText, timeRange } from './format';

export function ActivityCard({ activity, href }: { activity: ActivitySummary; href?: string }) {
  const open = () =>
    void Taro.navigateTo({ url: href ?? `/packages/activity/pages/detail/index?activityId=${activity.activityId}` });
  return (
    <View className="card activity-card" onClick={open}>
      <View className="row">
        <Text className="members__name">{activity.title}</Text>
        {activity.myStatus ? <Text className="tag">{SIGNUP_STATUS_LABELS[activity.myStatus]}</Text> : null}
      </View>
      <View className="muted">
        {ACTIVITY_TYPE_LABELS[activity.type]} · {activity.organiserName}
      </View>
      <View>{timeRange(activity.startAt, activity.endAt)}</View>
      <View className="muted">
        {activity.placeText} · {seatsText(activity)}
      </View>
    </View>
  );
}
