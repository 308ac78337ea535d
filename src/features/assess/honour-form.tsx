import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import {
  HONOUR_KIND_LABELS,
  HONOUR_KINDS,
  HONOUR_LEVEL_LABELS,
  HONOUR_LEVELS,
  type HonourKind,
  type HonourLevel,
} from '@contract/assessment-labels';
import { ConfirmIdentity } from '@/components/confirm-identity';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, TextField } from '@/components/form';
import type { Confirmation } from '@/lib/platform/identity-check';
import { useRouteForm } from '@/lib/use-route-form';

/** 记入表彰或处分: a 处分 first asks the admin to confirm who they are, as revealing an ID number does. */
export function HonourForm({ memberId, onDone }: { memberId: string; onDone: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const form = useRouteForm('admin.honourAdd', {
    initial: {
      kind: 'commendation' as HonourKind,
      title: '',
      level: 'street' as HonourLevel,
      awardedAt: Date.now(),
      documentNo: '',
      confirmation: undefined as Confirmation | undefined,
    },
    toInput: (v) => ({ memberId, ...v }),
    successToast: '已记入档案',
    onDone,
  });
  const { values, set, errors } = form;
  const submit = () =>
    values.kind === 'discipline' && !values.confirmation ? setConfirming(true) : void form.submit();
  if (confirming)
    return (
      <ConfirmIdentity
        purpose="记入处分"
        actionLabel="确认并记入"
        onConfirmed={(confirmation) => {
          setConfirming(false);
          void form.submit({ confirmation });
        }}
        onCancel={() => setConfirming(false)}
      />
    );
  return (
    <View data-testid="honour-form">
      <CellGroup>
        <ChoiceField
          label="类别"
          value={values.kind}
          options={HONOUR_KINDS.map((k) => ({ value: k, label: HONOUR_KIND_LABELS[k] }))}
          onChange={(kind) => set('kind', kind)}
        />
        <TextField label="名称" placeholder="如：优秀共产党员" {...form.field('title')} />
        <ChoiceField
          label="级别"
          value={values.level}
          options={HONOUR_LEVELS.map((l) => ({ value: l, label: HONOUR_LEVEL_LABELS[l] }))}
          onChange={(level) => set('level', level)}
        />
        <DateTimeField
          label="日期"
          precision="date"
          value={values.awardedAt}
          max={Date.now()}
          onChange={(at) => set('awardedAt', at)}
          error={errors.awardedAt}
        />
        <TextField label="文号（可不填）" placeholder="如：城南党〔2026〕8号" {...form.field('documentNo')} />
      </CellGroup>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} onClick={submit}>
        记入档案
      </Button>
    </View>
  );
}
