import { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { CallView } from '@/components/call-view';
import { PageShell } from '@/components/page-shell';
import { EmptyView } from '@/components/state-views';
import { ActivityCard } from '@/features/activities/activity-card';
import { openAdmin } from '@/features/admin/admin-links';
import { useCall } from '@/lib/use-call';

/** Activities organised in the unit's subtree, newest first; publish a new one. */
export default function AdminActivitiesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const { state, reload } = useCall('admin.activityList', { unitId, limit: 50 }, unitId);
  return (
    <PageShell>
      <Button className="button activities__new" onClick={() => openAdmin.newActivity(unitId)}>
        发布新活动
      </Button>
      <CallView state={state} onRetry={reload}>
        {(data) => (
          <View>
            {data.items.length === 0 ? <EmptyView message="还没有发布过活动。" /> : null}
            {data.items.map((activity) => (
              <ActivityCard
                key={activity.activityId}
                activity={activity}
                href={`/packages/admin/pages/activity-manage/index?activityId=${activity.activityId}`}
              />
            ))}
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
