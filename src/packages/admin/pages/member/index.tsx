import { useState } from 'react';
import dayjs from 'dayjs';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  EDUCATION_LEVELS,
  GENDER_LABELS,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
  PERSONAL_FIELD_LABELS,
  ROLE_LABELS,
  ROLES,
  STAGE_LABELS,
  STAGES,
  type MemberStatus,
  type PersonalField,
  type Role,
  type Stage,
} from '@contract/labels';
import { normalisePhone } from '@contract/identifiers';
import type { Dossier } from '@contract/schemas/dossier';
import { CallView } from '@/components/call-view';
import { ConfirmIdentity } from '@/components/confirm-identity';
import { ChoiceField, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { TrainingList } from '@/features/member/training-list';
import { call } from '@/lib/api-client';
import type { Confirmation } from '@/lib/platform/identity-check';
import { copyText } from '@/lib/platform/wechat-extras';
import { useCall } from '@/lib/use-call';

type Panel =
  | { kind: 'none' }
  | { kind: 'training' }
  | { kind: 'reveal'; field: PersonalField }
  | { kind: 'edit' }
  | { kind: 'stage' }
  | { kind: 'role' }
  | { kind: 'unbind' };

const day = (epoch: number | null) => (epoch === null ? '—' : dayjs(epoch).format('YYYY-MM-DD'));

function EditForm({ dossier, onSaved }: { dossier: Dossier; onSaved: (d: Dossier) => void }) {
  const [position, setPosition] = useState(dossier.position ?? '');
  const [phone, setPhone] = useState('');
  const [education, setEducation] = useState(dossier.education ?? '');
  const [status, setStatus] = useState<MemberStatus>(dossier.status);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const changes = {
      position: position.trim() || null,
      education: (education || null) as (typeof EDUCATION_LEVELS)[number] | null,
      status,
      ...(phone.trim() ? { phone: normalisePhone(phone) } : {}),
    };
    const result = await call('admin.memberUpdate', { memberId: dossier.memberId, changes });
    if (result.ok) onSaved(result.data);
    else setErrors(result.error.fields ?? { _: result.error.message });
  };
  return (
    <View className="card">
      <TextField
        label="党内职务"
        value={position}
        onChange={setPosition}
        placeholder="如 组织委员"
        name="edit-position"
      />
      <TextField
        label="新手机号（不改可留空）"
        value={phone}
        onChange={setPhone}
        type="number"
        maxlength={11}
        error={errors.phone}
        name="edit-phone"
      />
      <ChoiceField
        label="学历"
        value={education}
        options={EDUCATION_LEVELS.map((e) => ({ value: e as string, label: e }))}
        onChange={setEducation}
      />
      <ChoiceField
        label="党籍状态"
        value={status}
        options={MEMBER_STATUSES.map((s) => ({ value: s, label: MEMBER_STATUS_LABELS[s] }))}
        onChange={setStatus}
      />
      {errors._ ? <View className="field__error">{errors._}</View> : null}
      <Button className="button member__save" onClick={() => void save()}>
        保存修改
      </Button>
    </View>
  );
}

function StageForm({ dossier, onSaved }: { dossier: Dossier; onSaved: (d: Dossier) => void }) {
  const [stage, setStage] = useState<Stage>(dossier.stage);
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [error, setError] = useState('');
  const save = async () => {
    const at = dayjs(date, 'YYYY-MM-DD');
    if (!at.isValid()) return setError('日期格式应为 YYYY-MM-DD');
    const result = await call('admin.memberChangeStage', { memberId: dossier.memberId, stage, at: at.valueOf() });
    if (result.ok) onSaved(result.data);
    else setError(result.error.message);
  };
  return (
    <View className="card">
      <ChoiceField
        label="新的发展阶段"
        value={stage}
        options={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
        onChange={setStage}
      />
      <TextField label="日期" value={date} onChange={setDate} name="stage-date" error={error || undefined} />
      <Button className="button" onClick={() => void save()}>
        记录
      </Button>
    </View>
  );
}

function TrainingForm({ memberId, onSaved }: { memberId: string; onSaved: (d: Dossier) => void }) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [hours, setHours] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    const at = dayjs(date, 'YYYY-MM-DD');
    const result = await call('admin.memberAddTraining', {
      memberId,
      title,
      at: at.isValid() ? at.valueOf() : NaN,
      hours: Number(hours),
    });
    if (result.ok) onSaved(result.data);
    else setErrors(result.error.fields ?? { _: result.error.message });
  };
  return (
    <View className="card">
      <TextField label="培训名称" value={title} onChange={setTitle} error={errors.title} name="training-title" />
      <TextField label="日期（YYYY-MM-DD）" value={date} onChange={setDate} error={errors.at} name="training-date" />
      <TextField
        label="学时"
        value={hours}
        onChange={setHours}
        type="number"
        error={errors.hours}
        name="training-hours"
      />
      {errors._ ? <View className="field__error">{errors._}</View> : null}
      <Button className="button" onClick={() => void save()}>
        添加
      </Button>
    </View>
  );
}

export default function MemberPage() {
  const memberId = useRouter().params.memberId ?? '';
  const { state, reload, setData } = useCall('admin.memberGet', { memberId }, memberId);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [revealed, setRevealed] = useState<Partial<Record<PersonalField, string>>>({});
  const [role, setRole] = useState<Role>('member');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const saved = (dossier: Dossier, text: string) => {
    setData(dossier);
    setPanel({ kind: 'none' });
    setMessage({ ok: true, text });
  };
  const failed = (text: string) => setMessage({ ok: false, text });

  const reveal = async (field: PersonalField, confirmation: Confirmation) => {
    const result = await call('admin.memberReveal', { memberId, field, confirmation });
    setPanel({ kind: 'none' });
    if (result.ok) setRevealed((previous) => ({ ...previous, [field]: result.data.value }));
    else failed(result.error.message);
  };

  const assignRole = async (confirmation: Confirmation) => {
    const result = await call('admin.memberSetRole', { memberId, role, confirmation });
    if (result.ok) saved(result.data, `已设为「${ROLE_LABELS[role]}」`);
    else failed(result.error.message);
  };

  const invite = async () => {
    const result = await call('admin.inviteCreate', { memberId });
    if (!result.ok) return failed(result.error.message);
    setMessage({
      ok: true,
      text: `绑定码：${result.data.code}（${dayjs(result.data.expiresAt).format('M月D日')}前有效，只能使用一次）`,
    });
    void copyText(result.data.code);
  };

  const unbind = async () => {
    const result = await call('admin.memberUnbind', { memberId, reason });
    if (result.ok) saved(result.data, '已解除微信绑定，可重新生成绑定码。');
    else failed(result.error.message);
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={reload}>
        {(dossier) => (
          <View>
            <View className="title">
              {dossier.name}
              {dossier.role !== 'member' ? <Text className="tag">{ROLE_LABELS[dossier.role]}</Text> : null}
            </View>
            {message ? (
              <View
                className={message.ok ? 'notice notice--ok member__message' : 'notice member__message'}
                data-testid="member-message"
              >
                {message.text}
              </View>
            ) : null}
            <View className="card">
              {[
                ['性别', GENDER_LABELS[dossier.gender]],
                ['出生年份', dossier.birthYear ? `${dossier.birthYear} 年` : '—'],
                ['民族', dossier.ethnicity ?? '—'],
                ['学历', dossier.education ?? '—'],
                ['所在支部', dossier.unitName],
                ['党内职务', dossier.position ?? '—'],
                ['发展阶段', `${STAGE_LABELS[dossier.stage]}`],
                ['入党时间', day(dossier.joinedAt)],
                ['党籍状态', MEMBER_STATUS_LABELS[dossier.status]],
                ['微信绑定', dossier.bound ? '已绑定' : '未绑定'],
              ].map(([label, value]) => (
                <View className="row" key={label}>
                  <Text className="muted">{label}</Text>
                  <Text>{value}</Text>
                </View>
              ))}
              {(['idCard', 'phone'] as const).map((field) => (
                <View className="row" key={field}>
                  <Text className="muted">{PERSONAL_FIELD_LABELS[field]}</Text>
                  <Text className={`member__${field}`} data-testid={`member-${field}`}>
                    {revealed[field] ?? (field === 'idCard' ? dossier.idCardMasked : dossier.phoneMasked) ?? '未登记'}
                    {!revealed[field] && (field === 'idCard' ? dossier.idCardMasked : dossier.phoneMasked) ? (
                      <Text
                        className="tag member__reveal"
                        data-testid="member-reveal"
                        onClick={() => setPanel({ kind: 'reveal', field })}
                      >
                        查看
                      </Text>
                    ) : null}
                  </Text>
                </View>
              ))}
            </View>
            {panel.kind === 'reveal' ? (
              <ConfirmIdentity
                purpose={`查看完整${PERSONAL_FIELD_LABELS[panel.field]}`}
                actionLabel="确认查看"
                onConfirmed={(confirmation) => void reveal(panel.field, confirmation)}
                onCancel={() => setPanel({ kind: 'none' })}
              />
            ) : null}
            <View className="actions">
              <Button
                className="button member__edit"
                onClick={() => setPanel({ kind: panel.kind === 'edit' ? 'none' : 'edit' })}
              >
                修改档案
              </Button>
              <Button className="button" onClick={() => setPanel({ kind: panel.kind === 'stage' ? 'none' : 'stage' })}>
                记录发展阶段
              </Button>
              {dossier.bound ? (
                <Button className="button button--plain" onClick={() => setPanel({ kind: 'unbind' })}>
                  解除微信绑定
                </Button>
              ) : (
                <Button
                  className="button button--plain member__invite"
                  data-testid="member-invite"
                  onClick={() => void invite()}
                >
                  生成绑定码
                </Button>
              )}
              <Button
                className="button button--plain"
                onClick={() => setPanel({ kind: panel.kind === 'role' ? 'none' : 'role' })}
              >
                设置角色
              </Button>
              <Button
                className="button button--plain"
                onClick={() => setPanel({ kind: panel.kind === 'training' ? 'none' : 'training' })}
              >
                添加培训记录
              </Button>
            </View>
            {panel.kind === 'edit' ? <EditForm dossier={dossier} onSaved={(d) => saved(d, '档案已保存。')} /> : null}
            {panel.kind === 'stage' ? (
              <StageForm dossier={dossier} onSaved={(d) => saved(d, '发展阶段已记录。')} />
            ) : null}
            {panel.kind === 'training' ? (
              <TrainingForm memberId={dossier.memberId} onSaved={(d) => saved(d, '培训记录已添加。')} />
            ) : null}
            {panel.kind === 'unbind' ? (
              <View className="card">
                <TextField
                  label="解除原因"
                  value={reason}
                  onChange={setReason}
                  placeholder="如：更换手机号"
                  name="unbind-reason"
                />
                <Button className="button" disabled={reason.trim().length < 2} onClick={() => void unbind()}>
                  确认解除
                </Button>
              </View>
            ) : null}
            {panel.kind === 'role' ? (
              <View>
                <View className="card">
                  <ChoiceField
                    label="角色"
                    value={role}
                    options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                    onChange={setRole}
                  />
                </View>
                <ConfirmIdentity
                  purpose="修改角色"
                  actionLabel="确认修改"
                  onConfirmed={(c) => void assignRole(c)}
                  onCancel={() => setPanel({ kind: 'none' })}
                />
              </View>
            ) : null}
            <View className="title">培训记录</View>
            <TrainingList trainings={dossier.trainings} />
            <View className="title">发展历程</View>
            <View className="card">
              {[...dossier.stageHistory].reverse().map((step, index) => (
                <View className="row" key={`${step.at}-${index}`}>
                  <Text>{STAGE_LABELS[step.stage]}</Text>
                  <Text className="muted">{day(step.at)}</Text>
                </View>
              ))}
            </View>
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
