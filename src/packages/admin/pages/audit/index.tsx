import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '../../../../components/state-views';
import { call } from '../../../../lib/api-client';
import { usePagedCall } from '../../../../lib/use-paged-call';

const PAGE = 20;

/** The audit log of the unit's subtree, newest first: who did what, when, and what changed (masked). */
export default function AuditPage() {
  const unitId = useRouter().params.unitId ?? '';
  const { items, loading, error, reload, more } = usePagedCall(
    (skip) => call('admin.auditList', { unitId, skip, limit: PAGE }),
    unitId,
  );

  return (
    <PageShell>
      {error ? <ErrorView message={error.message} onRetry={reload} /> : null}
      {!error && !loading && items.length === 0 ? <EmptyView message="还没有操作记录。" /> : null}
      {items.map((entry) => (
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
      ))}
      {loading ? <LoadingView /> : null}
      {!loading && more ? (
        <Button className="button button--plain" onClick={more}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
