import { useState } from 'react';
import Taro from '@tarojs/taro';
import { ActionSheet } from '@nutui/nutui-react-taro';
import type { Workbench } from './use-workbench';
import { UnitArchiveDialog, UnitCreateDialog, UnitMoveDialog, UnitRenameDialog } from './unit-dialogs';

type Action = 'create' | 'rename' | 'move' | 'archive';

/**
 * What an admin may do to the unit itself: new child unit, rename, and — only for units below his own —
 * move (党委 admins and above, as the server allows) and archive. Each opens a Dialog to confirm.
 */
export function unitActions(workbench: Workbench): Array<{ name: string; action: Action; danger?: boolean }> {
  const below = workbench.overview.unitId !== workbench.rootUnitId;
  const mayMove = workbench.role === 'org_admin' || workbench.role === 'super_admin';
  return [
    ...(workbench.overview.kind === 'group' ? [] : [{ name: '新建下级组织', action: 'create' as const }]),
    { name: '修改名称', action: 'rename' },
    ...(below && mayMove ? [{ name: '移动到其他上级', action: 'move' as const }] : []),
    ...(below ? [{ name: '撤销单位', action: 'archive' as const, danger: true }] : []),
  ];
}

export function UnitSettings({
  workbench,
  visible,
  onClose,
  onChanged,
}: {
  workbench: Workbench;
  visible: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<Action | null>(null);
  const options = unitActions(workbench);
  const unit = workbench.overview;
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <>
      <ActionSheet
        visible={visible}
        title="单位设置"
        description={unit.unitName}
        options={options.map(({ name, danger }) => ({ name, danger: Boolean(danger) }))}
        cancelText="取消"
        onCancel={onClose}
        onSelect={(_item, index) => {
          onClose();
          setOpen(options[index]?.action ?? null);
        }}
      />
      <UnitCreateDialog unit={unit} visible={open === 'create'} onClose={close} onDone={done} />
      <UnitRenameDialog unit={unit} visible={open === 'rename'} onClose={close} onDone={done} />
      <UnitMoveDialog
        unit={unit}
        rootUnitId={workbench.rootUnitId}
        visible={open === 'move'}
        onClose={close}
        onDone={done}
      />
      <UnitArchiveDialog
        unit={unit}
        visible={open === 'archive'}
        onClose={close}
        onDone={() => {
          setOpen(null);
          void Taro.navigateBack();
        }}
      />
    </>
  );
}
