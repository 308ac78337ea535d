import { useState } from 'react';
import dayjs from 'dayjs';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { normalisePhone } from '@contract/identifiers';
import { GENDER_LABELS, MEMBER_STATUS_LABELS, STAGE_LABELS } from '@contract/labels';
import type { Dossier } from '@contract/schemas/dossier';
import { CallView } from '@/components/call-view';
import { TextField } from '@/components/form';
import { InfoRows } from '@/components/info-rows';
import { PageShell } from '@/components/page-shell';
import { TrainingList } from '@/features/member/training-list';
import { call } from '@/lib/api-client';
import { saveFile } from '@/lib/platform/files';
import { useCall } from '@/lib/use-call';
import './index.scss';

const day = (epoch: number | null) => (epoch === null ? '—' : dayjs(epoch).format('YYYY年M月D日'));

function PhoneEditor({ onSaved }: { onSaved: (dossier: Dossier) => void }) {
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
      <Button className="button me__save-phone" loading={saving} disabled={saving} onClick={() => void save()}>
        保存手机号
      </Button>
    </View>
  );
}

export default function MePage() {
  const { state, reload, setData } = useCall('me.dossier', {});
  const [editingPhone, setEditingPhone] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const download = async () => {
    const result = await call('me.exportData', {});
    if (!result.ok) return setNotice(result.error.message);
    const bytes = new TextEncoder().encode(result.data.json);
    await saveFile(result.data.fileName, Taro.arrayBufferToBase64(bytes.buffer as ArrayBuffer), 'application/json');
    setNotice('已生成您的数据文件。');
  };

  return (
    <PageShell>
      <CallView state={state} onRetry={reload} loadingLabel="正在读取您的档案…">
        {(dossier) => (
          <View>
            <View className="title">{dossier.name} 的档案</View>
            {notice ? <View className="notice notice--ok">{notice}</View> : null}
            <InfoRows
              rows={[
                ['性别', GENDER_LABELS[dossier.gender]],
                ['民族', dossier.ethnicity ?? '—'],
                ['出生年份', dossier.birthYear ? `${dossier.birthYear} 年` : '—'],
                ['学历', dossier.education ?? '—'],
                ['身份证号', dossier.idCardMasked ?? '未登记'],
                ['手机号', dossier.phoneMasked ?? '未登记'],
                ['所在支部', dossier.unitName],
                ['党内职务', dossier.position ?? '—'],
                ['党籍状态', MEMBER_STATUS_LABELS[dossier.status]],
                ['入党时间', day(dossier.joinedAt)],
                ['微信绑定', dossier.bound ? '已绑定' : '未绑定（演示登录）'],
              ]}
            />
            {editingPhone ? (
              <PhoneEditor
                onSaved={(updated) => {
                  setData(updated);
                  setEditingPhone(false);
                  setNotice('手机号已更新。');
                }}
              />
            ) : (
              <Button className="button button--plain me__edit-phone" onClick={() => setEditingPhone(true)}>
                更正我的手机号
              </Button>
            )}
            <View className="title">发展历程</View>
            <View className="card timeline">
              {[...dossier.stageHistory].reverse().map((step, index) => (
                <View className="timeline__step" key={`${step.stage}-${step.at}-${index}`}>
                  <Text className="timeline__dot">●</Text>
                  <Text className="timeline__stage">{STAGE_LABELS[step.stage]}</Text>
                  <Text className="muted">{day(step.at)}</Text>
                </View>
              ))}
            </View>
            <View className="title">培训记录</View>
            <TrainingList trainings={dossier.trainings} />
            <Button className="button button--plain me__download" onClick={() => void download()}>
              下载我的数据
            </Button>
          </View>
        )}
      </CallView>
    </PageShell>
  );
}
