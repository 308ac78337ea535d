import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import {
  EDUCATION_LEVELS,
  GENDER_LABELS,
  GENDERS,
  STAGE_LABELS,
  STAGES,
  type Gender,
  type Stage,
} from '@contract/labels';
import { normalisePhone } from '@contract/identifiers';
import type { Dossier } from '@contract/schemas/dossier';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, TextField } from '@/components/form';
import { call } from '@/lib/api-client';
import { useRouteForm } from '@/lib/use-route-form';
import { FormSheet } from './form-sheet';

type Education = (typeof EDUCATION_LEVELS)[number];

const EMPTY = {
  name: '',
  gender: '' as Gender | '',
  unitId: '',
  stage: 'full' as Stage,
  stageSince: null as number | null,
  joinedAt: null as number | null,
  birthDate: null as number | null,
  idCard: '',
  phone: '',
  ethnicity: '',
  education: '' as Education | '',
  position: '',
};

/** The unit itself and the units directly under it, by name: where a new member can go. */
function useUnitChoices(unitId: string, visible: boolean) {
  const [units, setUnits] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    if (!visible) return;
    void call('admin.unitOverview', { unitId }).then((result) => {
      if (!result.ok) return;
      setUnits([
        { value: result.data.unitId, label: result.data.unitName },
        ...result.data.childUnits.map((child) => ({ value: child.unitId, label: child.name })),
      ]);
    });
  }, [unitId, visible]);
  return units;
}

/** 添加党员: one person typed in (the roster import does many); the branch and every date picked. */
export function MemberCreateSheet({
  unitId,
  visible,
  onClose,
  onCreated,
}: {
  unitId: string;
  visible: boolean;
  onClose: () => void;
  onCreated: (dossier: Dossier) => void;
}) {
  const units = useUnitChoices(unitId, visible);
  const form = useRouteForm('admin.memberCreate', {
    initial: { ...EMPTY, unitId },
    toInput: (values) => ({
      unitId: values.unitId,
      name: values.name.trim(),
      gender: values.gender as Gender,
      stage: values.stage,
      stageSince: values.stageSince ?? 0,
      joinedAt: values.joinedAt,
      birthDate: values.birthDate === null ? null : dayjs(values.birthDate).format('YYYY-MM-DD'),
      idCard: values.idCard.trim().toUpperCase() || null,
      phone: values.phone.trim() ? normalisePhone(values.phone) : null,
      ethnicity: values.ethnicity.trim() || null,
      education: values.education || null,
      position: values.position.trim() || null,
      status: 'normal',
    }),
    validate: (values): Record<string, string> => ({
      ...(values.gender ? {} : { gender: '请选择性别' }),
      ...(values.unitId ? {} : { unitId: '请选择所在支部' }),
      ...(values.stageSince === null ? { stageSince: '请选择进入该阶段的日期' } : {}),
    }),
    successToast: '已添加',
    onDone: (dossier) => {
      form.reset({ ...EMPTY, unitId });
      onCreated(dossier);
    },
  });
  const date = (name: 'stageSince' | 'joinedAt' | 'birthDate') => ({
    value: form.values[name],
    onChange: (at: number) => form.set(name, at),
    error: form.errors[name],
  });
  return (
    <FormSheet
      title="添加党员"
      visible={visible}
      submitText="添加"
      busy={form.busy}
      error={form.formMessage}
      onSubmit={() => void form.submit()}
      onClose={onClose}
    >
      <TextField label="姓名" name="create-name" placeholder="与身份证一致" {...form.field('name')} />
      <ChoiceField
        label="性别"
        options={GENDERS.map((gender) => ({ value: gender, label: GENDER_LABELS[gender] }))}
        {...form.field('gender')}
      />
      <ChoiceField label="所在支部" options={units} {...form.field('unitId')} />
      <ChoiceField
        label="发展阶段"
        options={[...STAGES].reverse().map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
        {...form.field('stage')}
      />
      <DateTimeField label="进入该阶段的日期" precision="date" max={Date.now()} {...date('stageSince')} />
      <DateTimeField label="入党时间（可不填）" precision="date" max={Date.now()} {...date('joinedAt')} />
      <DateTimeField label="出生日期（可不填）" precision="date" max={Date.now()} {...date('birthDate')} />
      <TextField label="身份证号（可不填）" name="create-id" type="idcard" maxlength={18} {...form.field('idCard')} />
      <TextField label="手机号（可不填）" name="create-phone" type="number" maxlength={11} {...form.field('phone')} />
      <TextField label="民族（可不填）" name="create-ethnicity" placeholder="如 汉族" {...form.field('ethnicity')} />
      <ChoiceField
        label="学历（可不填）"
        options={EDUCATION_LEVELS.map((level) => ({ value: level, label: level }))}
        {...form.field('education')}
      />
      <TextField
        label="党内职务（可不填）"
        name="create-position"
        placeholder="如 组织委员"
        {...form.field('position')}
      />
    </FormSheet>
  );
}
