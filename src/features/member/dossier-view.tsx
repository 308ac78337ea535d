import { type ReactNode, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import { normalisePhone } from '@contract/identifiers';
import { GENDER_LABELS, MEMBER_STATUS_LABELS, STAGE_LABELS } from '@contract/labels';
import type { Dossier } from '@contract/schemas/dossier';
import { TextField } from '@/components/form';
import { InfoRows } from '@/components/info-rows';
import { SectionHeader } from '@/components/section-header';
import { call } from '@/lib/api-client';
import { dateText } from '@/lib/format';
import { TrainingList } from './training-list';

const day = (at: number | null) => (at === null ? '—' : dateText(at));

function PhoneEditor({ onSaved, onCancel }: { onSaved: (dossier: Dossier) => void; onCancel: () => void }) {
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const result = await call('me.updatePhone', { phone: normalisePhone(phone) });
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setError(result.error.fields?.phone ?? result.error.message);
  };
  return (
    <View className="card">
      <TextField
        label="新手机号"
        value={phone}
        onChange={setPhone}
        type="number"
        maxlength={11}
        error={error}
        name="new-phone"
      />
      <View className="dossier__actions">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={saving} disabled={saving || phone.trim() === ''} onClick={() => void save()}>
          保存手机号
        </Button>
      </View>
    </View>
  );
}

/**
 * My dossier as the branch keeps it: personal facts (masked), development steps and trainings; `children`
 * (my honours and the rows to my other records) come before the closing note.
 */
export function DossierView({
  dossier,
  onChange,
  children,
}: {
  dossier: Dossier;
  onChange: (dossier: Dossier) => void;
  children?: ReactNode;
}) {
  const [editingPhone, setEditingPhone] = useState(false);
  const [saved, setSaved] = useState(false);
  const steps = [...dossier.stageHistory].reverse();
  return (
    <View className="dossier" data-testid="dossier">
      <View className="dossier__title">{dossier.name} 的档案</View>
      {saved ? <View className="notice notice--ok">手机号已更新。</View> : null}
      <InfoRows
        rows={[
          ['性别', GENDER_LABELS[dossier.gender]],
          ['民族', dossier.ethnicity ?? '—'],
          ['出生年份', dossier.birthYear ? `${dossier.birthYear} 年` : '—'],
          ['学历', dossier.education ?? '—'],
          ['身份证号', dossier.idCardMasked ?? '未登记'],
          ['所在支部', dossier.unitName],
          ['党内职务', dossier.position ?? '—'],
          ['党籍状态', MEMBER_STATUS_LABELS[dossier.status]],
          ['入党时间', day(dossier.joinedAt)],
          ['微信绑定', dossier.bound ? '已绑定' : '未绑定（演示登录）'],
        ]}
      >
        <Cell
          title="手机号"
          extra={dossier.phoneMasked ?? '未登记'}
          description={editingPhone ? undefined : '号码有变？点此更正'}
          clickable
          onClick={() => setEditingPhone(true)}
        />
      </InfoRows>
      {editingPhone ? (
        <PhoneEditor
          onCancel={() => setEditingPhone(false)}
          onSaved={(updated) => {
            onChange(updated);
            setEditingPhone(false);
            setSaved(true);
          }}
        />
      ) : null}
      <SectionHeader title="发展历程" />
      <View className="card">
        {steps.map((step, index) => (
          <View className="timeline__step" key={`${step.stage}-${step.at}-${index}`}>
            <View className={index === 0 ? 'timeline__dot timeline__dot--now' : 'timeline__dot'} />
            <Text className="timeline__stage">{STAGE_LABELS[step.stage]}</Text>
            <Text className="timeline__date">{day(step.at)}</Text>
          </View>
        ))}
      </View>
      <SectionHeader title="培训记录" />
      <TrainingList trainings={dossier.trainings} />
      {children}
      <View className="card">
        <Text className="muted">本档案由支部维护，其他信息有误请联系支部书记更正。</Text>
      </View>
    </View>
  );
}
