import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { BindingStatus } from '@contract/schemas/binding';
import { CallView } from '@/components/call-view';
import { FieldGroup, TextField } from '@/components/form';
import { SectionHeader } from '@/components/section-header';
import { restartAt } from '@/lib/pages';
import { saveSessionToken } from '@/lib/session';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';
import { BranchPicker } from './branch-picker';

/** Bound: keep the fresh session (HTTP host) and start at home. */
export function enterBound(status: BindingStatus) {
  if (status.token) saveSessionToken(status.token);
  restartAt('home');
}

function FormError({ message }: { message: string | undefined }) {
  return message ? <Text className="field__error bind__error">{message}</Text> : null;
}

export function InviteForm() {
  const form = useRouteForm('auth.bindByInvite', {
    initial: { code: '' },
    toInput: (values) => ({ code: values.code.trim() }),
    guard: false,
    onDone: enterBound,
  });
  return (
    <View className="bind__section">
      <SectionHeader title="使用绑定码" />
      <Text className="bind__hint">向支部书记索取 8 位绑定码，输入后即可完成绑定。</Text>
      <FieldGroup>
        <TextField
          label="绑定码"
          {...form.field('code')}
          maxlength={8}
          placeholder="例如 AB3D5F7H"
          name="invite-code"
        />
      </FieldGroup>
      <FormError message={form.formError && !form.errors.code ? form.formError.message : undefined} />
      <Button
        type="primary"
        block
        className="bind__invite"
        data-testid="bind-invite"
        loading={form.busy}
        disabled={form.values.code.trim().length === 0}
        onClick={() => void form.submit()}
      >
        绑定
      </Button>
    </View>
  );
}

export function RequestForm({ onSubmitted }: { onSubmitted: () => void }) {
  const units = useCall('auth.bindableUnits', {});
  const form = useRouteForm('auth.requestBinding', {
    initial: { name: '', phoneLast4: '', unitId: '', branchCode: '' },
    toInput: ({ name, phoneLast4, unitId, branchCode }) =>
      branchCode.trim() ? { name, phoneLast4, branchCode: branchCode.trim() } : { name, phoneLast4, unitId },
    guard: false,
    onDone: onSubmitted,
  });
  const shownOnFields = form.formError?.fields && Object.keys(form.formError.fields).length > 0;
  return (
    <View className="bind__section">
      <SectionHeader title="没有绑定码？申请绑定" />
      <Text className="bind__hint">填写花名册上的姓名和手机号后 4 位，由支部管理员审核。</Text>
      <FieldGroup>
        <TextField label="姓名" {...form.field('name')} placeholder="与花名册上的一致" name="request-name" />
        <TextField
          label="手机号后 4 位"
          {...form.field('phoneLast4')}
          type="number"
          maxlength={4}
          name="request-last4"
        />
        <CallView state={units.state} onRetry={units.reload} loadingLabel="正在读取支部…">
          {(data) => <BranchPicker branches={data.units} {...form.field('unitId')} />}
        </CallView>
        <TextField
          label="支部邀请码（选填，填了可不选支部）"
          {...form.field('branchCode')}
          maxlength={8}
          placeholder="没有可不填"
          name="request-branch-code"
        />
      </FieldGroup>
      <FormError message={form.formError && !shownOnFields ? form.formError.message : undefined} />
      <Button
        type="primary"
        fill="outline"
        block
        className="bind__request"
        loading={form.busy}
        onClick={() => void form.submit()}
      >
        提交申请
      </Button>
    </View>
  );
}

/** A brand-new deployment: the person holding the code printed by system.setup becomes its super admin. */
export function BootstrapForm() {
  const [open, setOpen] = useState(false);
  const form = useRouteForm('auth.bootstrap', {
    initial: { code: '', name: '', organisationName: '' },
    guard: false,
    onDone: enterBound,
  });
  if (!open) {
    return (
      <Button fill="none" block className="bind__bootstrap" onClick={() => setOpen(true)}>
        首次部署：使用初始化码
      </Button>
    );
  }
  return (
    <View className="bind__section">
      <SectionHeader title="首次部署" />
      <Text className="bind__hint">输入云开发控制台运行 system.setup 时给出的初始化码，您将成为超级管理员。</Text>
      <FieldGroup>
        <TextField label="初始化码" {...form.field('code')} maxlength={12} name="bootstrap-code" />
        <TextField label="您的姓名" {...form.field('name')} name="bootstrap-name" />
        <TextField label="党委名称" {...form.field('organisationName')} name="bootstrap-org" />
      </FieldGroup>
      <FormError message={form.formError?.fields ? undefined : form.formError?.message} />
      <Button type="primary" block loading={form.busy} onClick={() => void form.submit()}>
        完成初始化
      </Button>
    </View>
  );
}
