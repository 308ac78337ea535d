import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, InputNumber, TextArea } from '@nutui/nutui-react-taro';
import type { Attendance } from '@contract/schemas/activities';
import type { z } from 'zod';
import { ChoiceField, Field } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { EmptyView } from '@/components/state-views';
import { call } from '@/lib/api-client';

type Rows = z.output<typeof Attendance>['rows'];

/**
 * 确认志愿时长 for a 志愿服务 activity: the members who checked in, all picked to start with, and either each
 * one's own time (check-in to check-out, or to the end without a check-out), or the same hours for everyone
 * picked, with the reason (the server asks for it when the hours differ from a member's own).
 */
export function VolunteerConfirm({ activityId, rows }: { activityId: string; rows: Rows }) {
  const present = rows.filter((row) => row.outcome === 'present');
  const [picked, setPicked] = useState<string[]>(() => present.map((row) => row.memberId));
  const [how, setHow] = useState<'checkin' | 'fixed'>('checkin');
  const [hours, setHours] = useState(2);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (present.length === 0)
    return <EmptyView message="这个活动还没有人签到。" hint="党员签到后，才能确认志愿服务时长。" />;
  const toggle = (memberId: string) =>
    setPicked((now) => (now.includes(memberId) ? now.filter((id) => id !== memberId) : [...now, memberId]));
  const confirm = async () => {
    setBusy(true);
    const result = await call('admin.volunteerConfirm', {
      activityId,
      memberIds: picked,
      ...(how === 'fixed' ? { minutes: Math.round(hours * 60), reason } : {}),
    });
    setBusy(false);
    if (!result.ok)
      return setMessage(
        result.error.fields?.memberIds ??
          result.error.fields?.minutes ??
          result.error.fields?.reason ??
          result.error.message,
      );
    setMessage(null);
    void Taro.showToast({ title: `已确认 ${result.data.confirmed} 人`, icon: 'success' });
  };
  return (
    <View className="transfer-form" data-testid="volunteer-confirm">
      <CellGroup title={`已签到 ${present.length} 人`}>
        {present.map((row) => (
          <PickRow key={row.memberId} on={picked.includes(row.memberId)} onToggle={() => toggle(row.memberId)}>
            <Text className="transfer-pick__name">{row.name}</Text>
          </PickRow>
        ))}
      </CellGroup>
      <CellGroup title="时长">
        <ChoiceField
          label="计算方式"
          value={how}
          options={[
            { value: 'checkin', label: '按签到签退' },
            { value: 'fixed', label: '统一时长' },
          ]}
          onChange={setHow}
        />
        {how === 'fixed' ? (
          <Field label="每人时长（小时）">
            <InputNumber value={hours} min={0.5} max={24} step={0.5} onChange={(value) => setHours(Number(value))} />
          </Field>
        ) : null}
        {how === 'fixed' ? (
          <Field label="调整原因（与签到签退时长不同时必填）">
            <TextArea value={reason} maxLength={100} placeholder="如：中途离开一小时" onChange={setReason} />
          </Field>
        ) : null}
      </CellGroup>
      {message ? <Text className="form-sheet__error">{message}</Text> : null}
      <Button
        block
        type="primary"
        className="transfer-form__submit"
        loading={busy}
        disabled={picked.length === 0}
        onClick={() => void confirm()}
      >
        {`确认 ${picked.length} 人的志愿时长`}
      </Button>
    </View>
  );
}
