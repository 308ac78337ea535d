import { useRouter } from '@tarojs/taro';
import { CellGroup } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { PagedList } from '@/components/paged-list';
import { AuditCell } from '@/features/admin/audit-cell';
import { call } from '@/lib/api-client';
import { usePagedCall } from '@/lib/use-paged-call';
import '@/features/admin/members.scss';

const PAGE = 20;

/** The audit log of the unit's subtree, newest first: who did what, when, and what changed (masked). */
export default function AuditPage() {
  const unitId = useRouter().params.unitId ?? '';
  const paged = usePagedCall((skip) => call('admin.auditList', { unitId, skip, limit: PAGE }), unitId);
  return (
    <PageShell>
      <CellGroup className="audit-list">
        <PagedList paged={paged} empty="还没有操作记录">
          {(entry) => <AuditCell key={entry.entryId} entry={entry} />}
        </PagedList>
      </CellGroup>
    </PageShell>
  );
}
