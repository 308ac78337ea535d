import { useState } from 'react';
import { MEMBER_STATUS_LABELS, STAGE_LABELS } from '@contract/labels';
import { useCall } from '@/lib/use-call';
import { PickField, type PickOption } from './pick-sheet';

/** A member of the unit's subtree, searched by name on the server. */
export function MemberPick({
  unitId,
  value,
  onPick,
  error,
}: {
  unitId: string;
  value: PickOption | null;
  onPick: (option: PickOption) => void;
  error?: string;
}) {
  const [query, setQuery] = useState('');
  const list = useCall(
    'admin.memberList',
    { unitId, limit: 20, ...(query.trim() ? { query: query.trim() } : {}) },
    `${unitId}:${query}`,
  );
  const options =
    list.state.status === 'ready'
      ? {
          status: 'ready' as const,
          data: list.state.data.items.map((m) => ({
            id: m.memberId,
            name: m.name,
            meta: `${m.unitName} · ${STAGE_LABELS[m.stage]} · ${MEMBER_STATUS_LABELS[m.status]}`,
          })),
        }
      : list.state;
  return (
    <PickField
      label="党员"
      title="选择党员"
      value={value}
      options={options}
      onPick={onPick}
      onSearch={setQuery}
      error={error}
      testId="transfer-member"
    />
  );
}
