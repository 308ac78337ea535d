import { EDUCATION_LEVELS, STAGE_LABELS, STAGES, type Stage } from '@contract/labels';
import { normalisePhone } from '@contract/identifiers';
import type { Dossier } from '@contract/schemas/dossier';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { FormSheet } from './form-sheet';

type Education = (typeof EDUCATION_LEVELS)[number];
const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((level) => ({ value: level, label: level }));
const startOfToday = () => new Date(new Date().setHours(0, 0, 0, 0)).getTime();

interface SheetProps {
  dossier: Dossier;
  visible: boolean;
  onClose: () => void;
  onSaved: (dossier: Dossier) => void;
}

/** The server names nested fields by their path (`changes.phone`); the form shows them by name. */
const nested = (errors: Record<string, string>, name: string) => errors[`changes.${name}`] ?? errors[name];

const editValues = (dossier: Dossier) => ({
  name: dossier.name,
  position: dossier.position ?? '',
  ethnicity: dossier.ethnicity ?? '',
  education: (dossier.education ?? '') as Education | '',
  phone: '',
  joinedAt: dossier.joinedAt,
});

/** 修改档案: the record's plain fields; a new phone only when typed; 入党时间 picked. */
export function MemberEditSheet({ dossier, visible, onClose, onSaved }: SheetProps) {
  const form = useRouteForm('admin.memberUpdate', {
    initial: editValues(dossier),
    toInput: (values) => ({
      memberId: dossier.memberId,
      changes: {
        name: values.name.trim(),
        position: values.position.trim() || null,
        ethnicity: values.ethnicity.trim() || null,
        education: values.education || null,
        joinedAt: values.joinedAt,
        ...(values.phone.trim() ? { phone: normalisePhone(values.phone) } : {}),
      },
    }),
    successToast: '档案已保存',
    guard: false,
    onDone: (saved) => {
      form.reset(editValues(saved));
      onSaved(saved);
    },
  });
  const close = () => {
    form.reset(editValues(dossier));
    onClose();
  };
  return (
    <FormSheet
      title="修改档案"
      visible={visible}
      busy={form.busy}
      error={form.formMessage}
      onSubmit={() => void form.submit()}
      onClose={close}
    >
      <TextField label="姓名" name="edit-name" {...form.field('name')} error={nested(form.errors, 'name')} />
      <TextField
        label="党内职务"
        name="edit-position"
        placeholder="如 组织委员（没有可留空）"
        {...form.field('position')}
        error={nested(form.errors, 'position')}
      />
      <TextField label="民族" name="edit-ethnicity" placeholder="如 汉族" {...form.field('ethnicity')} />
      <ChoiceField label="学历" options={EDUCATION_OPTIONS} {...form.field('education')} />
      <DateTimeField
        label="入党时间"
        precision="date"
        max={Date.now()}
        testId="edit-joined"
        value={form.values.joinedAt}
        onChange={(at) => form.set('joinedAt', at)}
        error={nested(form.errors, 'joinedAt')}
      />
      <TextField
        label="新手机号（不改请留空）"
        name="edit-phone"
        type="number"
        maxlength={11}
        {...form.field('phone')}
        error={nested(form.errors, 'phone')}
      />
    </FormSheet>
  );
}

/**
 * 更正发展阶段 (Party committee only): the stage, the day and why. Branches record the development steps on
 * the person's 发展进程 page, which moves the stage.
 */
export function StageSheet({ dossier, visible, onClose, onSaved }: SheetProps) {
  const form = useRouteForm('admin.memberChangeStage', {
    initial: { stage: dossier.stage as Stage, at: startOfToday(), reason: '' },
    toInput: (values) => ({ memberId: dossier.memberId, ...values }),
    successToast: '已记录',
    guard: false,
    onDone: onSaved,
  });
  return (
    <FormSheet
      title="更正发展阶段"
      visible={visible}
      submitText="更正"
      busy={form.busy}
      error={form.formMessage}
      onSubmit={() => void form.submit()}
      onClose={onClose}
    >
      <ChoiceField
        label="新的发展阶段"
        options={STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
        {...form.field('stage')}
      />
      <DateTimeField
        label="日期"
        precision="date"
        max={Date.now()}
        testId="stage-date"
        value={form.values.at}
        onChange={(at) => form.set('at', at)}
        error={form.errors.at}
      />
      <TextField label="更正原因" name="stage-reason" placeholder="如：导入时阶段有误" {...form.field('reason')} />
    </FormSheet>
  );
}

const TRAINING_EMPTY = { title: '', at: null as number | null, hours: '' };

/** 添加培训记录: name, the day (picked), hours. */
export function TrainingSheet({ dossier, visible, onClose, onSaved }: SheetProps) {
  const form = useRouteForm('admin.memberAddTraining', {
    initial: TRAINING_EMPTY,
    toInput: (values) => ({
      memberId: dossier.memberId,
      title: values.title,
      at: values.at ?? 0,
      hours: Number(values.hours),
    }),
    validate: (values): Record<string, string> => (values.at === null ? { at: '请选择培训日期' } : {}),
    successToast: '已添加',
    guard: false,
    onDone: (saved) => {
      form.reset(TRAINING_EMPTY);
      onSaved(saved);
    },
  });
  return (
    <FormSheet
      title="添加培训记录"
      visible={visible}
      submitText="添加"
      busy={form.busy}
      error={form.formMessage}
      onSubmit={() => void form.submit()}
      onClose={onClose}
    >
      <TextField label="培训名称" name="training-title" placeholder="如 新党员培训班" {...form.field('title')} />
      <DateTimeField
        label="培训日期"
        precision="date"
        max={Date.now()}
        testId="training-date"
        value={form.values.at}
        onChange={(at) => form.set('at', at)}
        error={form.errors.at}
      />
      <TextField label="学时" name="training-hours" type="number" placeholder="如 8" {...form.field('hours')} />
    </FormSheet>
  );
}
