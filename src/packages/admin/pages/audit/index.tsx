import { useCallback, useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../types/errors';
import type { AuditEntry } from '../../../../../types/schemas/audit';
import { PageShell } from '../../../../components/page-shell';
import { EmptyView, ErrorView, LoadingView } from '../../../../components/state-views';
import { call } from '../../../../lib/api-client';

const PAGE = 20;

/** The audit log of the unit's subtree, newest first: who did what, when, and what changed (masked). */
export default function AuditPage() {
  const unitId = useRouter().params.unitId ?? '';
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (skip: number) => {
      setLoading(true);
      const result = await call('admin.auditList', { unitId, skip, limit: PAGE });
      setLoading(false);
      if (!result.ok) return setError(result.error);
      setItems((previous) => (skip === 0 ? result.data.items : [...previous, ...result.data.items]));
      setTotal(result.data.total);
    },
    [unitId],
  );

  useEffect(() => {
    void load(0);
  }, [load]);

  return (
    <PageShell>
      {error ? <ErrorView message={error.message} onRetry={() => void load(0)} /> : null}
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
      {!loading && items.length < total ? (
        <Button className="button button--plain" onClick={() => void load(items.length)}>
          加载更多
        </Button>
      ) : null}
    </PageShell>
  );
}
