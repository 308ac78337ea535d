import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@contract/labels';
import type { UnitOverview } from '@contract/schemas/members';
import { ChoiceField, TextField } from '@/components/form';
import { call } from '@/lib/api-client';
import { useRouteForm } from '@/lib/use-route-form';
import { FormDialog } from './form-dialog';

interface DialogProps {
  unit: UnitOverview;
  visible: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function UnitCreateDialog({ unit, visible, onClose, onDone }: DialogProps) {
  const form = useRouteForm('admin.unitCreate', {
    initial: { name: '', kind: '' as UnitKind | '' },
    toInput: (values) => ({ unitId: unit.unitId, name: values.name, kind: values.kind as UnitKind }),
    validate: (values): Record<string, string> => (values.kind ? {} : { kind: '请选择组织类型' }),
    successToast: '已新建',
    guard: false,
    onDone: () => {
      form.reset({ name: '', kind: '' });
      onDone();
    },
  });
  const kinds = UNIT_KINDS.filter((kind) => UNIT_KINDS.indexOf(kind) > UNIT_KINDS.indexOf(unit.kind));
  return (
    <FormDialog
      title="新建下级组织"
      visible={visible}
      error={form.formError?.message}
      onClose={onClose}
      onConfirm={async () => (await form.submit()) !== null}
    >
      <TextField label="名称" name="unit-name" placeholder="如：第一党小组" {...form.field('name')} />
      <ChoiceField
        label="组织类型"
        options={kinds.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }))}
        {...form.field('kind')}
      />
    </FormDialog>
  );
}

export function UnitRenameDialog({ unit, visible, onClose, onDone }: DialogProps) {
  const form = useRouteForm('admin.unitRename', {
    initial: { name: unit.unitName },
    toInput: (values) => ({ unitId: unit.unitId, name: values.name }),
    successToast: '已改名',
    guard: false,
    onDone,
  });
  return (
    <FormDialog
      title="修改单位名称"
      visible={visible}
      error={form.formError?.message}
      onClose={onClose}
      onConfirm={async () => (await form.submit()) !== null}
    >
      <TextField label="新名称" name="unit-rename" {...form.field('name')} />
    </FormDialog>
  );
}

/** Where the unit can move: the admin's own unit and the units directly under it (not itself). */
export function UnitMoveDialog({ unit, rootUnitId, visible, onClose, onDone }: DialogProps & { rootUnitId: string }) {
  const [parents, setParents] = useState<Array<{ value: string; label: string }>>([]);
  const form = useRouteForm('admin.unitMove', {
    initial: { newParentId: '' },
    toInput: (values) => ({ unitId: unit.unitId, newParentId: values.newParentId }),
    validate: (values): Record<string, string> => (values.newParentId ? {} : { newParentId: '请选择新的上级组织' }),
    successToast: '已移动',
    guard: false,
    onDone,
  });
  useEffect(() => {
    if (!visible) return;
    void call('admin.unitOverview', { unitId: rootUnitId }).then((root) => {
      if (!root.ok) return;
      const options = [
        { value: root.data.unitId, label: root.data.unitName },
        ...root.data.childUnits.map((child) => ({ value: child.unitId, label: child.name })),
      ];
      setParents(options.filter((option) => option.value !== unit.unitId));
    });
  }, [visible, rootUnitId, unit.unitId]);
  return (
    <FormDialog
      title="移动到其他上级"
      visible={visible}
      error={form.formError?.message}
      onClose={onClose}
      onConfirm={async () => (await form.submit()) !== null}
    >
      <Text className="form-dialog__prompt">下级组织和党员随之移动。</Text>
      <ChoiceField label="新的上级组织" options={parents} {...form.field('newParentId')} />
    </FormDialog>
  );
}

export function UnitArchiveDialog({ unit, visible, onClose, onDone }: DialogProps) {
  const form = useRouteForm('admin.unitArchive', {
    initial: {},
    toInput: () => ({ unitId: unit.unitId }),
    successToast: '已撤销',
    guard: false,
    onDone,
  });
  return (
    <FormDialog
      title="撤销单位"
      visible={visible}
      danger
      confirmText="确认撤销"
      error={form.formError?.message}
      onClose={onClose}
      onConfirm={async () => (await form.submit()) !== null}
    >
      <Text className="form-dialog__prompt">
        确定撤销「{unit.unitName}」吗？撤销后不再显示。只有没有党员和下级组织的单位才能撤销。
      </Text>
    </FormDialog>
  );
}
