import { useState } from 'react';
import { Text } from '@tarojs/components';
import { ActionSheet } from '@nutui/nutui-react-taro';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '@contract/labels';
import type { Dossier } from '@contract/schemas/dossier';
import { call } from '@/lib/api-client';
import { openPage } from '@/lib/pages';
import { useRouteForm } from '@/lib/use-route-form';
import { FormDialog } from './form-dialog';
import { MemberEditSheet, StageSheet, TrainingSheet } from './member-forms';
import { RoleSheet } from './member-sensitive';
import { ReasonDialog } from './reason-dialog';

export type MemberAction = 'edit' | 'development' | 'stage' | 'training' | 'role' | 'unbind' | MemberStatus;

/** What the 管理 sheet offers for this record: status changes only to another status, 解绑 only when bound. */
function actionsFor(dossier: Dossier): Array<{ name: string; action: MemberAction; danger?: boolean }> {
  return [
    { name: '修改档案', action: 'edit' },
    { name: '发展进程（记录下一步）', action: 'development' },
    { name: '更正发展阶段（党委）', action: 'stage' },
    { name: '添加培训记录', action: 'training' },
    { name: '设置角色', action: 'role' },
    ...(dossier.status !== 'normal' ? [{ name: '恢复正常党籍', action: 'normal' as const }] : []),
    ...(dossier.status !== 'mobile' ? [{ name: '设为流动党员', action: 'mobile' as const }] : []),
    ...(dossier.status !== 'transferred' ? [{ name: '转出', action: 'transferred' as const, danger: true }] : []),
    ...(dossier.status !== 'suspended' ? [{ name: '停止党籍', action: 'suspended' as const, danger: true }] : []),
    ...(dossier.bound ? [{ name: '解除微信绑定', action: 'unbind' as const, danger: true }] : []),
  ];
}

const STATUS_PROMPTS: Record<MemberStatus, string> = {
  normal: '恢复后可正常参加学习、答题和活动。',
  mobile: '流动党员仍可使用小程序，统计时单列。',
  transferred: '转出后不再计入本支部的统计，只能查看本人数据。可随时恢复。',
  suspended: '停止党籍后不再计入统计，只能查看本人数据。可随时恢复。',
};

/** 党籍状态 changed after a confirmation Dialog. */
function StatusDialog({
  dossier,
  status,
  onClose,
  onSaved,
}: {
  dossier: Dossier;
  status: MemberStatus | null;
  onClose: () => void;
  onSaved: (dossier: Dossier) => void;
}) {
  const form = useRouteForm('admin.memberUpdate', {
    initial: {},
    toInput: () => ({ memberId: dossier.memberId, changes: { status: status ?? 'normal' } }),
    successToast: '党籍状态已修改',
    guard: false,
    onDone: onSaved,
  });
  const label = status ? MEMBER_STATUS_LABELS[status] : '';
  return (
    <FormDialog
      title={status === 'transferred' ? '转出' : `改为「${label}」`}
      visible={status !== null}
      danger={status === 'transferred' || status === 'suspended'}
      confirmText="确定"
      error={form.formError?.message}
      onClose={onClose}
      onConfirm={async () => (await form.submit()) !== null}
    >
      <Text className="form-dialog__prompt">
        确定将 {dossier.name} 的党籍状态改为「{label}」吗？{status ? STATUS_PROMPTS[status] : ''}
      </Text>
    </FormDialog>
  );
}

/** The 管理 ActionSheet of a member record and the sheet or dialog each choice opens. */
export function MemberActions({
  dossier,
  visible,
  onClose,
  onSaved,
}: {
  dossier: Dossier;
  visible: boolean;
  onClose: () => void;
  onSaved: (dossier: Dossier) => void;
}) {
  const [open, setOpen] = useState<MemberAction | null>(null);
  const options = actionsFor(dossier);
  const close = () => setOpen(null);
  const saved = (next: Dossier) => {
    setOpen(null);
    onSaved(next);
  };
  const status =
    open && ['normal', 'mobile', 'transferred', 'suspended'].includes(open) ? (open as MemberStatus) : null;
  return (
    <>
      <ActionSheet
        visible={visible}
        title="管理党员"
        description={dossier.name}
        options={options.map(({ name, danger }) => ({ name, danger: Boolean(danger) }))}
        cancelText="取消"
        onCancel={onClose}
        onSelect={(_item, index) => {
          onClose();
          const action = options[index]?.action ?? null;
          if (action === 'development') openPage('developTimeline', { memberId: dossier.memberId });
          else setOpen(action);
        }}
      />
      <MemberEditSheet dossier={dossier} visible={open === 'edit'} onClose={close} onSaved={saved} />
      <StageSheet dossier={dossier} visible={open === 'stage'} onClose={close} onSaved={saved} />
      <TrainingSheet dossier={dossier} visible={open === 'training'} onClose={close} onSaved={saved} />
      <RoleSheet dossier={dossier} visible={open === 'role'} onClose={close} onSaved={saved} />
      <StatusDialog dossier={dossier} status={status} onClose={close} onSaved={saved} />
      <ReasonDialog
        title="解除微信绑定"
        visible={open === 'unbind'}
        prompt={`解除后 ${dossier.name} 需要用新的绑定码重新绑定微信。`}
        placeholder="如：更换手机号"
        confirmText="确认解除"
        maxLength={100}
        onClose={close}
        onSubmit={async (reason) => {
          const result = await call('admin.memberUnbind', { memberId: dossier.memberId, reason });
          if (!result.ok) return result.error.fields?.reason ?? result.error.message;
          saved(result.data);
          return null;
        }}
      />
    </>
  );
}
