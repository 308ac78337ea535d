import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Checkbox, TextArea } from '@nutui/nutui-react-taro';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, Field, TextField } from '@/components/form';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';
import { squareMarks } from '@/components/square-check';

const SUGGESTED_TITLES = ['提交学习心得', '参加志愿服务', '填写信息核对'];

/** 布置任务: what, by when, and to whom (the whole unit, or members picked from it). */
export function TaskForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const members = useCall('admin.memberList', { unitId, limit: 100 }, unitId);
  const form = useRouteForm('admin.taskCreate', {
    initial: {
      title: '',
      description: '',
      deadline: dayjs().add(7, 'day').hour(18).minute(0).second(0).millisecond(0).valueOf(),
      whom: 'all' as 'all' | 'picked',
      memberIds: [] as string[],
    },
    toInput: ({ whom, memberIds, ...v }) => ({ unitId, ...v, memberIds: whom === 'all' ? [] : memberIds }),
    validate: (v): Record<string, string> =>
      v.whom === 'picked' && v.memberIds.length === 0 ? { memberIds: '请至少选择一名党员' } : {},
    successToast: '任务已布置',
    onDone,
  });
  const { values, set, errors } = form;
  const toggle = (memberId: string, on: boolean) =>
    set('memberIds', on ? [...values.memberIds, memberId] : values.memberIds.filter((id) => id !== memberId));
  return (
    <View className="engage-card" data-testid="task-form">
      <CellGroup title="任务内容">
        <TextField label="任务名称" name="task-title" placeholder="如：提交学习心得" {...form.field('title')} />
        <Cell>
          <View className="engage-chips">
            {SUGGESTED_TITLES.map((title) => (
              <Button key={title} size="small" fill="outline" onClick={() => set('title', title)}>
                {title}
              </Button>
            ))}
          </View>
        </Cell>
        <Field label="任务说明（可不填）" error={errors.description}>
          <TextArea
            value={values.description}
            maxLength={1000}
            placeholder="写明要求，如字数、提交方式"
            onChange={(text) => set('description', text)}
          />
        </Field>
        <DateTimeField
          label="截止时间"
          value={values.deadline}
          onChange={(at) => set('deadline', at)}
          min={Date.now()}
          error={errors.deadline}
          testId="task-deadline"
        />
      </CellGroup>
      <CellGroup title="指派给">
        <ChoiceField
          label="范围"
          value={values.whom}
          options={[
            { value: 'all', label: '本单位全体党员' },
            { value: 'picked', label: '指定党员' },
          ]}
          onChange={(whom) => set('whom', whom)}
        />
        {values.whom === 'picked' && members.state.status === 'ready'
          ? members.state.data.items.map((member) => (
              <Cell key={member.memberId}>
                <Checkbox
                  {...squareMarks}
                  checked={values.memberIds.includes(member.memberId)}
                  onChange={(on) => toggle(member.memberId, on)}
                  label={`${member.name}（${member.unitName}）`}
                />
              </Cell>
            ))
          : null}
        {errors.memberIds ? <Text className="notice">{errors.memberIds}</Text> : null}
      </CellGroup>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
        布置任务
      </Button>
    </View>
  );
}
