import { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/page-shell';
import { ActivityForm } from '@/features/activities/activity-form';
import '@/features/activities/admin.scss';

/** 发布活动: the form, for the unit that organises it. */
export default function ActivityFormPage() {
  const unitId = useRouter().params.unitId ?? '';
  return (
    <PageShell>
      <ActivityForm unitId={unitId} />
    </PageShell>
  );
}
