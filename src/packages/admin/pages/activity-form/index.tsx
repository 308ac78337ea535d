import { useState } from 'react';
import dayjs from 'dayjs';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Switch, Text, View } from '@tarojs/components';
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  CANCEL_POLICIES,
  CANCEL_POLICY_LABELS,
  type ActivityType,
  type CancelPolicy,
} from '@contract/labels';
import type { ExtraField } from '@contract/schemas/activities';
import { ChoiceField, Field, TextField } from '@/components/form';
import { PageShell } from '@/components/page-shell';
import { call } from '@/lib/api-client';
import { chooseLocation } from '@/lib/platform/wechat-extras';

const FORMAT = 'YYYY-MM-DD HH:mm';
const FIELD_KINDS: Record<ExtraField['kind'], string> = { text: '文字', choice: '单选', number: '数字' };
const parse = (text: string) => {
  const value = dayjs(text.trim().replace(/\//g, '-'));
  return value.isValid() ? value.valueOf() : NaN;
};

/** Publishing an activity, with sensible defaults: next week, two hours, sign-up closes the day before. */
export default function ActivityFormPage() {
  const unitId = useRouter().params.unitId ?? '';
  const start = dayjs().add(7, 'day').hour(14).minute(30).second(0);
  const [type, setType] = useState<ActivityType>('theme_day');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [place, setPlace] = useState('');
  const [spot, setSpot] = useState<{ latitude: number; longitude: number } | null>(null);
  const [startAt, setStartAt] = useState(start.format(FORMAT));
  const [endAt, setEndAt] = useState(start.add(2, 'hour').format(FORMAT));
  const [closesAt, setClosesAt] = useState(start.subtract(1, 'day').hour(18).minute(0).format(FORMAT));
  const [capacity, setCapacity] = useState('');
  const [cancelPolicy, setCancelPolicy] = useState<CancelPolicy>('until_deadline');
  const [approvalRequired, setApprovalRequired] = useState(false);
  const [openToAll, setOpenToAll] = useState(false);
  const [showRoster, setShowRoster] = useState(true);
  const [extraFields, setExtraFields] = useState<ExtraField[]>([]);
  const [fieldLabel, setFieldLabel] = useState('');
  const [fieldKind, setFieldKind] = useState<ExtraField['kind']>('text');
  const [fieldOptions, setFieldOptions] = useState('');

  const addField = () => {
    const options = fieldOptions
      .split(/[,，、]/)
      .map((option) => option.trim())
      .filter(Boolean);
    setExtraFields([
      ...extraFields,
      {
        key: `f${extraFields.length + 1}`,
        label: fieldLabel.trim(),
        kind: fieldKind,
        required: true,
        ...(fieldKind === 'choice' ? { options } : {}),
      },
    ]);
    setFieldLabel('');
    setFieldOptions('');
  };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const choosePlace = async () => {
    const chosen = await chooseLocation();
    if (!chosen) return setErrors({ _: '无法打开地图选点（浏览器中不可用），可不设定定位。' });
    setSpot({ latitude: chosen.latitude, longitude: chosen.longitude });
    if (!place.trim()) setPlace(chosen.name);
  };

  const submit = async () => {
    setBusy(true);
    const result = await call('admin.activityCreate', {
      unitId,
      type,
      title,
      description,
      place: spot ? { text: place, ...spot, radiusMeters: 300 } : { text: place },
      startAt: parse(startAt),
      endAt: parse(endAt),
      signupOpensAt: Date.now(),
      signupClosesAt: parse(closesAt),
      capacity: capacity.trim() ? Number(capacity) : null,
      cancelPolicy,
      approvalRequired,
      openToAll,
      showRoster,
      extraFields,
    });
    setBusy(false);
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    void Taro.redirectTo({ url: `/packages/admin/pages/activity-manage/index?activityId=${result.data.activityId}` });
  };

  return (
    <PageShell>
      <View className="card">
        <ChoiceField
          label="活动类型"
          value={type}
          options={ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_LABELS[t] }))}
          onChange={setType}
        />
        <TextField label="标题" value={title} onChange={setTitle} error={errors.title} name="activity-title" />
        <TextField label="地点" value={place} onChange={setPlace} error={errors['place.text']} name="activity-place" />
        <Field label="现场签到定位（可选）">
          <View className="row">
            <Text className="muted">
              {spot
                ? `已设定：${spot.latitude.toFixed(4)}, ${spot.longitude.toFixed(4)}，300 米内可签到`
                : '设定后只能在现场签到'}
            </Text>
            <Text className="tag" onClick={() => void (spot ? setSpot(null) : choosePlace())}>
              {spot ? '取消' : '在地图上选'}
            </Text>
          </View>
        </Field>
        <TextField
          label={`开始时间（${FORMAT}）`}
          value={startAt}
          onChange={setStartAt}
          error={errors.startAt}
          name="activity-start"
        />
        <TextField label="结束时间" value={endAt} onChange={setEndAt} error={errors.endAt} name="activity-end" />
        <TextField
          label="报名截止"
          value={closesAt}
          onChange={setClosesAt}
          error={errors.signupClosesAt}
          name="activity-closes"
        />
        <TextField
          label="人数上限（不填为不限）"
          value={capacity}
          onChange={setCapacity}
          type="number"
          error={errors.capacity}
          name="activity-capacity"
        />
        <ChoiceField
          label="取消规则"
          value={cancelPolicy}
          options={CANCEL_POLICIES.map((p) => ({ value: p, label: CANCEL_POLICY_LABELS[p] }))}
          onChange={setCancelPolicy}
        />
        <Field label="报名需要审核">
          <View className="row">
            <Text className="muted">开启后，报名要由管理员同意</Text>
            <Switch
              checked={approvalRequired}
              color="#c8161d"
              onChange={(event) => setApprovalRequired(event.detail.value)}
            />
          </View>
        </Field>
        <Field label="面向全体党员">
          <View className="row">
            <Text className="muted">关闭时只面向本单位及下级单位</Text>
            <Switch checked={openToAll} color="#c8161d" onChange={(event) => setOpenToAll(event.detail.value)} />
          </View>
        </Field>
        <Field label="公开报名名单">
          <View className="row">
            <Text className="muted">党员可以看到谁报了名（只显示姓名）</Text>
            <Switch checked={showRoster} color="#c8161d" onChange={(event) => setShowRoster(event.detail.value)} />
          </View>
        </Field>
        <Field label="报名时还需填写（可选）" error={errors.extraFields}>
          {extraFields.map((field) => (
            <View className="row" key={field.key}>
              <Text>
                {field.label}（{FIELD_KINDS[field.kind]}
                {field.options ? `：${field.options.join('、')}` : ''}）
              </Text>
              <Text className="tag" onClick={() => setExtraFields(extraFields.filter((f) => f.key !== field.key))}>
                删除
              </Text>
            </View>
          ))}
        </Field>
        {extraFields.length < 5 ? (
          <View className="card">
            <TextField
              label="填写项名称"
              value={fieldLabel}
              onChange={setFieldLabel}
              placeholder="如：衣服尺码"
              name="field-label"
            />
            <ChoiceField
              label="类型"
              value={fieldKind}
              options={(Object.keys(FIELD_KINDS) as Array<ExtraField['kind']>).map((k) => ({
                value: k,
                label: FIELD_KINDS[k],
              }))}
              onChange={setFieldKind}
            />
            {fieldKind === 'choice' ? (
              <TextField
                label="选项（用逗号分开）"
                value={fieldOptions}
                onChange={setFieldOptions}
                placeholder="如：M，L，XL"
                name="field-options"
              />
            ) : null}
            <Button className="button button--plain" disabled={!fieldLabel.trim()} onClick={addField}>
              添加填写项
            </Button>
          </View>
        ) : null}
        <TextField label="活动说明" value={description} onChange={setDescription} name="activity-description" />
        {errors._ ? <View className="field__error">{errors._}</View> : null}
        {Object.keys(errors).length && !errors._ ? <View className="field__error">请按提示修改后再发布。</View> : null}
        <Button className="button activity-form__submit" loading={busy} disabled={busy} onClick={() => void submit()}>
          发布
        </Button>
      </View>
    </PageShell>
  );
}
