import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { PERSONAL_FIELD_LABELS, ROLE_LABELS, ROLES, type PersonalField, type Role } from '@contract/labels';
import type { Dossier } from '@contract/schemas/dossier';
import { ConfirmIdentity } from '@/components/confirm-identity';
import { ChoiceField, FieldGroup } from '@/components/form';
import { call } from '@/lib/api-client';
import type { Confirmation } from '@/lib/platform/identity-check';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';

/** 查看完整身份证号/手机号: the admin confirms who he is first; the reveal is audited. */
export function RevealSheet({
  memberId,
  field,
  onRevealed,
  onClose,
}: {
  memberId: string;
  field: PersonalField | null;
  onRevealed: (field: PersonalField, value: string) => void;
  onClose: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const reveal = async (confirmation: Confirmation) => {
    if (!field) return;
    const result = await call('admin.memberReveal', { memberId, field, confirmation });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    onRevealed(field, result.data.value);
  };
  const close = () => {
    setProblem(null);
    onClose();
  };
  return (
    <Popup visible={field !== null} position="bottom" round closeable title="查看完整信息" onClose={close}>
      <View className="form-sheet">
        {field ? (
          <ConfirmIdentity
            purpose={`查看完整${PERSONAL_FIELD_LABELS[field]}`}
            actionLabel="确认查看"
            onConfirmed={(confirmation) => void reveal(confirmation)}
            onCancel={close}
          />
        ) : null}
        {problem ? <Text className="form-sheet__error">{problem}</Text> : null}
      </View>
    </Popup>
  );
}

/** 设置角色: the role picked, then the admin's identity confirmed; the server refuses roles above his own. */
export function RoleSheet({
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
  const me = useCall('me.card', {}).state;
  // Only a super admin appoints one; everyone else is offered the roles below their own (the server agrees).
  const offered = ROLES.filter((role) => role !== 'super_admin' || (me.status === 'ready' && me.data.role === role));
  const form = useRouteForm('admin.memberSetRole', {
    initial: { role: dossier.role as Role, confirmation: null as Confirmation | null },
    toInput: (values) => ({
      memberId: dossier.memberId,
      role: values.role,
      confirmation: values.confirmation as Confirmation,
    }),
    successToast: '角色已修改',
    guard: false,
    onDone: onSaved,
  });
  return (
    <Popup visible={visible} position="bottom" round closeable title="设置角色" onClose={onClose}>
      <View className="form-sheet">
        <FieldGroup>
          <ChoiceField
            label="角色"
            options={offered.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            {...form.field('role')}
          />
        </FieldGroup>
        {form.values.role === 'super_admin' && dossier.role !== 'super_admin' ? (
          <Text className="form-sheet__warning" data-testid="super-admin-warning">
            超级管理员可管理全部组织和党员，任命后与您同级，您将不能再修改其角色；其他超级管理员会收到通知。
          </Text>
        ) : null}
        <ConfirmIdentity
          purpose={`设为「${ROLE_LABELS[form.values.role]}」`}
          actionLabel="确认修改"
          onConfirmed={(confirmation) => void form.submit({ confirmation })}
          onCancel={onClose}
        />
        {form.formError ? <Text className="form-sheet__error">{form.formError.message}</Text> : null}
      </View>
    </Popup>
  );
}
