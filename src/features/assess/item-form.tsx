import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, InputNumber, SearchBar, TextArea } from '@nutui/nutui-react-taro';
import type { Scheme } from '@contract/schemas/assessment';
import type { z } from 'zod';
import { DateTimeField } from '@/components/date-time-field';
import { Field } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';

type Direction = 'add' | 'deduct';

/** A few choices side by side, the chosen one solid red: quicker than a wheel for two or three options. */
function Chips<T extends string>({
  value,
  options,
  onChange,
}: {
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <View className="assess-actions assess-chips">
      {options.map((option) => (
        <Button
          key={option.value}
          size="small"
          type="primary"
          fill={option.value === value ? 'solid' : 'outline'}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </View>
  );
}

/** 录入加扣分: whom (found by name), under which manual indicator, how many points each way, when, and the evidence. */
export function ItemForm({
  unitId,
  scheme,
  onDone,
}: {
  unitId: string;
  scheme: z.output<typeof Scheme>;
  onDone: () => void;
}) {
  const members = useCall('admin.memberList', { unitId, limit: 100 }, unitId);
  const manual = scheme.indicators.filter((i) => i.source === 'manual');
  const [query, setQuery] = useState('');
  const form = useRouteForm('admin.assessmentItemAdd', {
    initial: {
      memberId: '',
      indicatorKey: manual[0]?.key ?? '',
      direction: 'add' as Direction,
      amount: 2,
      occurredAt: Date.now(),
      evidence: '',
    },
    toInput: ({ direction, amount, ...v }) => ({ ...v, points: direction === 'add' ? amount : -amount }),
    validate: (v): Record<string, string> => (v.memberId ? {} : { memberId: '请输入姓名并选择党员' }),
    successToast: '已提交上级审核',
    onDone,
  });
  const { values, set, errors } = form;
  const roster = members.state.status === 'ready' ? members.state.data.items : [];
  const shown = roster.filter((m) => m.memberId === values.memberId || (query !== '' && m.name.includes(query)));
  if (manual.length === 0)
    return <View className="notice">当前考核方案没有手工录入的指标，请先请党委管理员在方案中添加。</View>;
  return (
    <View data-testid="assess-item-form">
      <CellGroup>
        <Field label="党员" error={errors.memberId}>
          <SearchBar value={query} placeholder="输入姓名查找党员" onChange={setQuery} />
        </Field>
        {shown.slice(0, 8).map((m) =>
          m.canManage ? (
            <PickRow key={m.memberId} on={values.memberId === m.memberId} onToggle={() => set('memberId', m.memberId)}>
              {m.name}（{m.unitName}）
            </PickRow>
          ) : (
            <View key={m.memberId} className="assess-meta" data-testid="assess-item-outranked">
              {m.name}（{m.unitName}）是同级或上级管理员，请由更上级的管理员录入
            </View>
          ),
        )}
        <Field label="考核指标" error={errors.indicatorKey}>
          <Chips
            value={values.indicatorKey}
            options={manual.map((i) => ({ value: i.key, label: i.label }))}
            onChange={(key) => set('indicatorKey', key)}
          />
        </Field>
        <Field label="加分或扣分">
          <Chips
            value={values.direction}
            options={[
              { value: 'add' as Direction, label: '加分' },
              { value: 'deduct' as Direction, label: '扣分' },
            ]}
            onChange={(direction) => set('direction', direction)}
          />
        </Field>
        <Field label="分值" error={errors.points}>
          <InputNumber value={values.amount} min={1} max={50} onChange={(v) => set('amount', Number(v))} />
        </Field>
        <DateTimeField
          label="发生日期"
          precision="date"
          value={values.occurredAt}
          max={Date.now()}
          onChange={(at) => set('occurredAt', at)}
          error={errors.occurredAt}
          testId="assess-item-date"
        />
        <Field label="事由和佐证" error={errors.evidence}>
          <TextArea
            value={values.evidence}
            maxLength={500}
            placeholder="写明做了什么、何时何地、有何证明材料"
            onChange={(text) => set('evidence', text)}
          />
        </Field>
      </CellGroup>
      <Text className="assess-meta">提交后由上级党组织管理员审核，通过后计入得分。</Text>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
        提交审核
      </Button>
    </View>
  );
}
