import { useRouter } from '@tarojs/taro';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { Add } from '@nutui/icons-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { AdminActivityRow } from '@/features/activities/admin-activity-row';
import { openAdmin } from '@/features/admin/admin-links';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/activities/admin.scss';

/** Activities organised in the unit's subtree, newest first; publish a new one. */
export default function AdminActivitiesPage() {
  const unitId = useRouter().params.unitId ?? '';
  const paged = usePagedCall((skip) => call('admin.activityList', { unitId, skip, limit: 20 }), unitId);
  return (
    <PageShell>
      <Button
        block
        type="primary"
        icon={<Add size={16} />}
        className="admin-top-action"
        onClick={() => openAdmin.newActivity(unitId)}
      >
        新建活动
      </Button>
      <CellGroup className="row-list">
        <PagedList paged={paged} empty="还没有发布过活动，点上方「新建活动」发布第一场。">
          {(activity) => (
            <AdminActivityRow
              key={activity.activityId}
              activity={activity}
              onOpen={() => openAdmin.manageActivity(activity.activityId)}
            />
          )}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
