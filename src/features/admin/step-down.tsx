import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CellGroup, Popup } from '@nutui/nutui-react-taro';
import { ROLE_LABELS } from '@contract/labels';
import type { Role } from '@contract/labels';
import { ConfirmIdentity } from '@/components/confirm-identity';
import { PickRow } from '@/components/pick-row';
import type { Confirmation } from '@/lib/platform/identity-check';
import { restartAt } from '@/lib/pages';
import { call } from '@/lib/api-client';
import { useRouteForm } from '@/lib/use-route-form';
import './members.scss';

type LowerRole = Exclude<Role, 'super_admin'>;
const LOWER_ROLES: LowerRole[] = ['org_admin', 'branch_admin', 'member'];

/**
 * 卸任超级管理员: offered to a super admin only while another remains (the server refuses the last one too).
 * `open` is null when there is nothing to offer; `sheet` is rendered by the console page.
 */
export function useStepDown(role: Role | null) {
  const [visible, setVisible] = useState(false);
  const isSuper = role === 'super_admin';
  const [others, setOthers] = useState<string[]>([]);
  // Only a super admin may ask who the super admins are; nobody else is offered anything.
  useEffect(() => {
    if (!isSuper) return;
    let current = true;
    void call('admin.superAdmins', {}).then((result) => {
      if (current && result.ok) setOthers(result.data.items.filter((a) => !a.isSelf).map((a) => a.name));
    });
    return () => {
      current = false;
    };
  }, [isSuper]);
  return {
    open: isSuper && others.length > 0 ? () => setVisible(true) : null,
    sheet: isSuper ? <StepDownSheet visible={visible} others={others} onClose={() => setVisible(false)} /> : null,
  };
}

/** What stepping down means, the role kept afterwards, and the admin's identity confirmed before it happens. */
export function StepDownSheet({
  visible,
  others,
  onClose,
}: {
  visible: boolean;
  others: string[];
  onClose: () => void;
}) {
  const form = useRouteForm('admin.stepDown', {
    initial: { role: 'org_admin' as LowerRole, confirmation: null as Confirmation | null },
    toInput: (values) => ({ role: values.role, confirmation: values.confirmation as Confirmation }),
    guard: false,
    onDone: () => {
      void Taro.showToast({ title: `已卸任，现为${ROLE_LABELS[form.values.role]}`, icon: 'none', duration: 3000 });
      onClose();
      restartAt('me');
    },
  });
  return (
    <Popup visible={visible} position="bottom" round closeable title="卸任超级管理员" onClose={onClose}>
      <View className="form-sheet" data-testid="step-down-sheet">
        <Text className="form-sheet__warning">
          卸任后您将不能再管理全部组织、任命超级管理员或修改系统设置，只能由其他超级管理员（{others.join('、')}
          ）重新任命。卸任会结束您的登录，其他超级管理员会收到通知。
        </Text>
        <Text className="step-down__label">卸任后的角色</Text>
        <CellGroup>
          {LOWER_ROLES.map((role) => (
            <PickRow key={role} on={form.values.role === role} onToggle={() => form.set('role', role)}>
              {ROLE_LABELS[role]}
              {role === 'member' ? '' : '（管理本人所在单位）'}
            </PickRow>
          ))}
        </CellGroup>
        <ConfirmIdentity
          purpose="卸任超级管理员"
          actionLabel="确认卸任"
          onConfirmed={(confirmation) => void form.submit({ confirmation })}
          onCancel={onClose}
        />
        {form.formError ? <Text className="form-sheet__error">{form.formError.message}</Text> : null}
      </View>
    </Popup>
  );
}
