import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';

const PAGE = 20;

/** The audit log of the unit's subtree, newest first: who did what, when, and what changed (masked). */
export default function AuditPage() {
  const unitId = useRouter().params.unitId ?? '';
  const paged = usePagedCall((skip) => call('admin.auditList', { unitId, skip, limit: PAGE }), unitId);

  return (
    <PageShell>
      <PagedList paged={paged} empty="还没有操作记录。">
        {(entry) => (
          <View className="card audit__entry" key={entry.entryId}>
            <View className="row">
              <Text className="members__name">{entry.actorName}</Text>
              <Text className="muted">{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</Text>
            </View>
            <View>{entry.summary}</View>
            {entry.changes.map((change) => (
              <View className="muted" key={change.field}>
                {change.field}：{change.before ?? '（空）'} → {change.after ?? '（空）'}
              </View>
            ))}
          </View>
        )}
      </PagedList>
    </PageShell>
  );
}
