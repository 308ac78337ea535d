import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Checkbox, SearchBar, Tag } from '@nutui/nutui-react-taro';
import { ChoiceField, Field } from '@/components/form';
import { useCall } from '@/lib/use-call';
import { squareMarks } from '@/components/square-check';

export type AudienceKind = 'subtree' | 'units' | 'members';
export interface AudienceValue {
  kind: AudienceKind;
  unitIds: string[];
  members: Array<{ memberId: string; name: string }>;
}

const KINDS: Array<{ value: AudienceKind; label: string }> = [
  { value: 'subtree', label: '本单位及下级全体党员' },
  { value: 'units', label: '指定下级单位' },
  { value: 'members', label: '指定党员' },
];

function UnitChoices({
  unitId,
  value,
  onChange,
}: {
  unitId: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { state } = useCall('admin.unitOverview', { unitId });
  if (state.status !== 'ready') return <Text className="notice-form__hint">正在读取下级单位…</Text>;
  const units = [{ unitId, name: `${state.data.unitName}（本级）` }, ...state.data.childUnits];
  return (
    <Checkbox.Group value={value} onChange={(ids) => onChange(ids as string[])} className="notice-form__pick">
      {units.map((unit) => (
        <Checkbox {...squareMarks} key={unit.unitId} value={unit.unitId} label={unit.name} />
      ))}
    </Checkbox.Group>
  );
}

function MemberChoices({
  unitId,
  value,
  onChange,
}: {
  unitId: string;
  value: AudienceValue['members'];
  onChange: (members: AudienceValue['members']) => void;
}) {
  const [query, setQuery] = useState('');
  const { state } = useCall('admin.memberList', { unitId, query: query.trim() || undefined, limit: 20 }, query);
  const chosen = new Set(value.map((member) => member.memberId));
  const toggle = (member: { memberId: string; name: string }) =>
    onChange(chosen.has(member.memberId) ? value.filter((m) => m.memberId !== member.memberId) : [...value, member]);
  return (
    <View className="notice-form__pick">
      {value.length ? (
        <View className="notice-reader__tags">
          {value.map((member) => (
            <Tag key={member.memberId} type="primary" plain closeable onClose={() => toggle(member)}>
              {member.name}
            </Tag>
          ))}
        </View>
      ) : null}
      <SearchBar placeholder="按姓名搜索党员" value={query} onChange={setQuery} onClear={() => setQuery('')} />
      {state.status === 'ready'
        ? state.data.items.map((member) => (
            <Checkbox
              {...squareMarks}
              key={member.memberId}
              checked={chosen.has(member.memberId)}
              label={`${member.name} · ${member.unitName}`}
              onChange={() => toggle(member)}
            />
          ))
        : null}
    </View>
  );
}

/** Who a notice goes to: the whole subtree, chosen units below (or this one), or named members in it. */
export function AudiencePicker({
  unitId,
  value,
  onChange,
  error,
}: {
  unitId: string;
  value: AudienceValue;
  onChange: (value: AudienceValue) => void;
  error?: string;
}) {
  return (
    <>
      <ChoiceField
        label="发送范围"
        value={value.kind}
        options={KINDS}
        onChange={(kind) => onChange({ ...value, kind })}
        error={error}
      />
      {value.kind === 'units' ? (
        <Field label="选择单位">
          <UnitChoices unitId={unitId} value={value.unitIds} onChange={(unitIds) => onChange({ ...value, unitIds })} />
        </Field>
      ) : null}
      {value.kind === 'members' ? (
        <Field label={`选择党员（已选 ${value.members.length} 人）`}>
          <MemberChoices
            unitId={unitId}
            value={value.members}
            onChange={(members) => onChange({ ...value, members })}
          />
        </Field>
      ) : null}
    </>
  );
}
