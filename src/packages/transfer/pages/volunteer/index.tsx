import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { VolunteerConfirm } from '@/features/transfers/volunteer-confirm';
import { timeRangeText } from '@/lib/format';
import { useCall } from '@/lib/use-call';
import '@/features/admin/members.scss';
import '@/features/transfers/transfers.scss';

/** 确认志愿时长 of one 志愿服务 activity, opened from the activity's management page. */
export default function VolunteerConfirmPage() {
  const activityId = useRouter().params.activityId ?? '';
  const activity = useCall('activity.get', { activityId }, activityId);
  const attendance = useCall('admin.attendance', { activityId }, activityId);
  return (
    <PageShell>
      <CallView state={activity.state} onRetry={activity.reload}>
        {(detail) => (
          <View className="card transfer-head">
            <Text className="transfer-card__name">{detail.title}</Text>
            <Text className="transfer-card__meta">{timeRangeText(detail.startAt, detail.endAt)}</Text>
          </View>
        )}
      </CallView>
      <CallView state={attendance.state} onRetry={attendance.reload}>
        {(data) => <VolunteerConfirm activityId={activityId} rows={data.rows} />}
      </CallView>
    </PageShell>
  );
}
