import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { BindingStatus } from '@contract/schemas/binding';
import type { ApiError } from '@contract/errors';
import { CallView } from '@/components/call-view';
import { ChoiceField, TextField } from '@/components/form';
import { restartAt } from '@/lib/pages';
import { PageShell } from '@/components/page-shell';
import { PendingBindingRequest } from '@/features/member/pending-binding-request';
import { call } from '@/lib/api-client';
import { saveSessionToken } from '@/lib/session';
import { useCall } from '@/lib/use-call';

/** A WeChat user not yet linked to the roster binds with an invite code, or asks the branch to approve. */
function enter(status: BindingStatus) {
  if (status.token) saveSessionToken(status.token);
  restartAt('home');
}

function InviteForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await call('auth.bindByInvite', { code });
    setBusy(false);
    if (result.ok) enter(result.data);
    else setError(result.error);
  };
  return (
    <View className="card">
      <View className="title">使用绑定码</View>
      <View className="muted">向支部书记索取 8 位绑定码，输入后即可完成绑定。</View>
      <TextField
        label="绑定码"
        value={code}
        onChange={setCode}
        maxlength={8}
        placeholder="例如 AB3D5F7H"
        name="invite-code"
      />
      {error ? <View className="field__error">{error.message}</View> : null}
      <Button
        className="button bind__invite"
        loading={busy}
        disabled={busy || code.trim().length === 0}
        onClick={() => void submit()}
      >
        绑定
      </Button>
    </View>
  );
}

function RequestForm({ onSubmitted }: { onSubmitted: () => void }) {
  const units = useCall('auth.bindableUnits', {});
  const [name, setName] = useState('');
  const [last4, setLast4] = useState('');
  const [unitId, setUnitId] = useState('');
  const [branchCode, setBranchCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const branch = branchCode.trim() ? { branchCode: branchCode.trim() } : { unitId };
    const result = await call('auth.requestBinding', { name, phoneLast4: last4, ...branch });
    if (result.ok) onSubmitted();
    else setError(result.error);
  };
  return (
    <View className="card">
      <View className="title">没有绑定码？申请绑定</View>
      <View className="muted">填写花名册上的姓名和手机号后 4 位，由支部管理员审核。</View>
      <TextField label="姓名" value={name} onChange={setName} error={error?.fields?.name} name="request-name" />
      <TextField
        label="手机号后 4 位"
        value={last4}
        onChange={setLast4}
        type="number"
        maxlength={4}
        error={error?.fields?.phoneLast4}
        name="request-last4"
      />
      <TextField
        label="支部邀请码（有则填写，可不选支部）"
        value={branchCode}
        onChange={setBranchCode}
        maxlength={8}
        error={error?.fields?.branchCode}
        name="request-branch-code"
      />
      <CallView state={units.state} onRetry={units.reload}>
        {(data) => (
          <ChoiceField
            label="所在党支部"
            value={unitId}
            options={data.units.map((unit) => ({ value: unit.unitId, label: unit.name }))}
            onChange={setUnitId}
            error={error?.fields?.unitId}
          />
        )}
      </CallView>
      {error && !error.fields ? <View className="field__error">{error.message}</View> : null}
      <Button className="button button--plain bind__request" onClick={() => void submit()}>
        提交申请
      </Button>
    </View>
  );
}

/** A brand-new deployment: the person holding the code printed by system.setup becomes its super admin. */
function BootstrapForm() {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [organisationName, setOrganisationName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  if (!open) {
    return (
      <Button className="button button--plain" onClick={() => setOpen(true)}>
        首次部署：使用初始化码
      </Button>
    );
  }
  const submit = async () => {
    const result = await call('auth.bootstrap', { code, name, organisationName });
    if (result.ok) enter(result.data);
    else setError(result.error);
  };
  return (
    <View className="card">
      <View className="title">首次部署</View>
      <View className="muted">输入云开发控制台运行 system.setup 时给出的初始化码，您将成为超级管理员。</View>
      <TextField label="初始化码" value={code} onChange={setCode} maxlength={12} name="bootstrap-code" />
      <TextField label="您的姓名" value={name} onChange={setName} error={error?.fields?.name} name="bootstrap-name" />
      <TextField
        label="党委名称"
        value={organisationName}
        onChange={setOrganisationName}
        error={error?.fields?.organisationName}
        name="bootstrap-org"
      />
      {error ? <View className="field__error">{error.message}</View> : null}
      <Button className="button" onClick={() => void submit()}>
        完成初始化
      </Button>
    </View>
  );
}

export default function BindPage() {
  const { state, reload } = useCall('auth.bindingStatus', {});
  useEffect(() => {
    if (state.status === 'ready' && state.data.status === 'bound') enter(state.data);
  }, [state]);
  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(status) =>
          status.status === 'pending' && status.request ? (
            <PendingBindingRequest request={status.request} onChanged={reload} />
          ) : (
            <View>
              <View className="notice">您的微信还没有绑定党员档案。绑定后才能学习、答题和报名活动。</View>
              <InviteForm />
              <RequestForm onSubmitted={reload} />
              {status.bootstrapOpen ? <BootstrapForm /> : null}
            </View>
          )
        }
      </CallView>
    </PageShell>
  );
}
