import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, InputNumber } from '@nutui/nutui-react-taro';
import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  CANCEL_POLICIES,
  CANCEL_POLICY_LABELS,
  type ActivityType,
  type CancelPolicy,
} from '@contract/labels';
import type { ExtraField } from '@contract/schemas/activities';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, Field, TextField } from '@/components/form';
import { chooseLocation } from '@/lib/platform/wechat-extras';
import { replacePage } from '@/lib/pages';
import { useRouteForm } from '@/lib/use-route-form';
import { ExtraFieldsEditor } from './extra-fields-editor';
import { SwitchRow } from './switch-row';

const HOUR = 3_600_000;

function defaults() {
  const start = dayjs().add(7, 'day').hour(14).minute(30).second(0).millisecond(0);
  return {
    type: 'theme_day' as ActivityType,
    title: '',
    description: '',
    place: '',
    spot: null as { latitude: number; longitude: number } | null,
    startAt: start.valueOf(),
    endAt: start.add(2, 'hour').valueOf(),
    signupClosesAt: start.subtract(1, 'day').hour(18).minute(0).valueOf(),
    limited: true,
    capacity: 30,
    cancelPolicy: 'until_deadline' as CancelPolicy,
    approvalRequired: false,
    openToAll: false,
    showRoster: true,
    extraFields: [] as ExtraField[],
  };
}

/** Publishing an activity, with sensible defaults: next week, two hours, sign-up closes the day before. */
export function ActivityForm({ unitId }: { unitId: string }) {
  const form = useRouteForm('admin.activityCreate', {
    initial: defaults(),
    toInput: (v) => ({
      unitId,
      type: v.type,
      title: v.title,
      description: v.description,
      place: v.spot ? { text: v.place, ...v.spot, radiusMeters: 300 } : { text: v.place },
      startAt: v.startAt,
      endAt: v.endAt,
      signupOpensAt: Date.now(),
      signupClosesAt: v.signupClosesAt,
      capacity: v.limited ? v.capacity : null,
      cancelPolicy: v.cancelPolicy,
      approvalRequired: v.approvalRequired,
      openToAll: v.openToAll,
      showRoster: v.showRoster,
      extraFields: v.extraFields,
    }),
    validate: (v): Record<string, string> => (v.endAt <= v.startAt ? { endAt: '结束时间要晚于开始时间' } : {}),
    successToast: '活动已发布',
    onDone: (data) => replacePage('adminActivityManage', { activityId: data.activityId }),
  });
  const { values, set, errors } = form;
  const choosePlace = async () => {
    const chosen = await chooseLocation();
    if (!chosen) return;
    set('spot', { latitude: chosen.latitude, longitude: chosen.longitude });
    if (!values.place.trim()) set('place', chosen.name);
  };
  const setStart = (at: number) => {
    // Moving the start keeps the length of the activity, so the end never lands before it.
    set('endAt', at + Math.max(values.endAt - values.startAt, HOUR));
    // Sign-up closes by the start at the latest, so an earlier start pulls the deadline along.
    if (values.signupClosesAt > at) set('signupClosesAt', at);
    set('startAt', at);
  };
  return (
    <View className="activity-form">
      <CellGroup title="基本信息" className="form-group">
        <ChoiceField
          label="活动类型"
          value={values.type}
          options={ACTIVITY_TYPES.map((t) => ({ value: t, label: ACTIVITY_TYPE_LABELS[t] }))}
          onChange={(t) => set('type', t)}
        />
        <TextField label="标题" name="activity-title" placeholder="如：12月主题党日" {...form.field('title')} />
        <TextField
          label="地点"
          name="activity-place"
          placeholder="如：支部活动室"
          value={values.place}
          onChange={(p) => set('place', p)}
          error={errors['place.text']}
        />
        <Field label="现场签到定位（可选）">
          <View className="form-switch">
            <Text className="form-switch__hint">
              {(values.spot ? ['已在地图上选定，', '300 米内可签到'] : ['设定后须到场签到，', '仅微信中可选']).map(
                (phrase) => (
                  <Text key={phrase} className="form-switch__phrase">
                    {phrase}
                  </Text>
                ),
              )}
            </Text>
            <Button
              size="small"
              fill="outline"
              type="primary"
              onClick={() => (values.spot ? set('spot', null) : void choosePlace())}
            >
              {values.spot ? '取消定位' : '在地图上选'}
            </Button>
          </View>
        </Field>
      </CellGroup>
      <CellGroup title="时间" className="form-group">
        <DateTimeField
          label="开始时间"
          testId="activity-start"
          min={Date.now()}
          value={values.startAt}
          onChange={setStart}
          error={errors.startAt}
        />
        <DateTimeField
          label="结束时间"
          testId="activity-end"
          min={values.startAt}
          value={values.endAt}
          onChange={(at) => set('endAt', at)}
          error={errors.endAt}
        />
        <DateTimeField
          label="报名截止"
          testId="activity-closes"
          min={Date.now()}
          max={values.endAt}
          value={values.signupClosesAt}
          onChange={(at) => set('signupClosesAt', at)}
          error={errors.signupClosesAt}
        />
      </CellGroup>
      <CellGroup title="报名" className="form-group">
        <SwitchRow
          label="限制人数"
          hint="关闭则不限人数"
          checked={values.limited}
          onChange={(on) => set('limited', on)}
        />
        {values.limited ? (
          <Field label="人数上限" error={errors.capacity}>
            <InputNumber value={values.capacity} min={1} max={100000} onChange={(n) => set('capacity', Number(n))} />
          </Field>
        ) : null}
        <ChoiceField
          label="取消规则"
          value={values.cancelPolicy}
          options={CANCEL_POLICIES.map((p) => ({ value: p, label: CANCEL_POLICY_LABELS[p] }))}
          onChange={(p) => set('cancelPolicy', p)}
        />
        <SwitchRow
          label="报名需要审核"
          hint="开启后，报名要由管理员同意"
          checked={values.approvalRequired}
          onChange={(on) => set('approvalRequired', on)}
        />
        <SwitchRow
          label="面向全体党员"
          hint="关闭时只面向本单位及下级单位"
          checked={values.openToAll}
          onChange={(on) => set('openToAll', on)}
        />
        <SwitchRow
          label="公开报名名单"
          hint="党员可以看到谁报了名（只显示姓名）"
          checked={values.showRoster}
          onChange={(on) => set('showRoster', on)}
        />
        <ExtraFieldsEditor
          fields={values.extraFields}
          error={errors.extraFields}
          onChange={(f) => set('extraFields', f)}
        />
      </CellGroup>
      <CellGroup title="活动内容" className="form-group">
        <TextField
          label="活动说明"
          name="activity-description"
          placeholder="议程、注意事项"
          {...form.field('description')}
        />
      </CellGroup>
      {form.formError ? (
        <View className="field__error" role="alert">
          {Object.keys(errors).length ? '请按提示修改后再发布。' : form.formError.message}
        </View>
      ) : null}
      <Button
        block
        type="primary"
        className="form-submit"
        loading={form.busy}
        disabled={form.busy}
        onClick={() => void form.submit()}
      >
        发布活动
      </Button>
      <Text className="form-switch__hint">签到从活动开始前 30 分钟开放，到结束后 30 分钟为止。</Text>
    </View>
  );
}
