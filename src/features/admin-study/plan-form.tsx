import { Text, View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import { CallView } from '@/components/call-view';
import { retryWhenUseful } from '@/features/admin/retry-when-useful';
import { DateTimeField } from '@/components/date-time-field';
import { Field, TextField } from '@/components/form';
import { PickRow } from '@/components/pick-row';
import { shortDateText } from '@/lib/format';
import { useCall } from '@/lib/use-call';
import { useRouteForm } from '@/lib/use-route-form';
import { ContentPicker } from './content-picker';

interface PlanValues extends Record<string, unknown> {
  title: string;
  startAt: number;
  deadline: number;
  itemIds: string[];
  quizIds: string[];
}

const initialPlan = (): PlanValues => ({
  title: '',
  startAt: dayjs().startOf('minute').valueOf(),
  deadline: dayjs().add(30, 'day').hour(23).minute(55).startOf('minute').valueOf(),
  itemIds: [],
  quizIds: [],
});

/** Assign a plan: a name, a start and a deadline picked on wheels, content and exams picked from lists. */
export function PlanForm({ unitId, onCreated }: { unitId: string; onCreated: () => void }) {
  const form = useRouteForm('admin.planCreate', {
    initial: initialPlan(),
    toInput: (v) => ({ unitId, ...v }),
    successToast: '计划已布置',
    onDone: onCreated,
  });
  const { values, set, errors } = form;
  const exams = useCall('admin.quizList', { unitId, limit: 50 }, unitId);
  const toggleQuiz = (id: string) =>
    set('quizIds', values.quizIds.includes(id) ? values.quizIds.filter((q) => q !== id) : [...values.quizIds, id]);
  return (
    <View data-testid="plan-form">
      <View className="console-group">
        <CellGroup>
          <TextField
            label="计划名称"
            value={values.title}
            onChange={(title) => set('title', title)}
            error={errors.title}
            placeholder="如：十一月集中学习"
            name="plan-title"
          />
          <DateTimeField
            label="开始时间"
            value={values.startAt}
            onChange={(at) => set('startAt', at)}
            error={errors.startAt}
          />
          <DateTimeField
            label="截止时间"
            value={values.deadline}
            min={values.startAt}
            onChange={(at) => set('deadline', at)}
            error={errors.deadline}
            testId="plan-deadline"
          />
        </CellGroup>
      </View>
      <View className="console-section">选择学习内容（已选 {values.itemIds.length} 项）</View>
      <Field label="点选加入，再点一次取消" error={errors.itemIds}>
        <ContentPicker
          unitId={unitId}
          picked={values.itemIds}
          onChange={(ids) => set('itemIds', ids)}
          testId="plan-items"
        />
      </Field>
      <View className="console-section">需要通过的考试（可选，已选 {values.quizIds.length} 场）</View>
      <CallView state={exams.state} onRetry={retryWhenUseful(exams.state, exams.reload)}>
        {({ items }) => {
          const open = items.filter((quiz) => quiz.kind === 'exam' && quiz.closesAt > Date.now());
          if (open.length === 0) return <Text className="muted">没有进行中或将要开始的考试。</Text>;
          return (
            <View>
              {open.map((quiz) => (
                <PickRow
                  key={quiz.quizId}
                  on={values.quizIds.includes(quiz.quizId)}
                  onToggle={() => toggleQuiz(quiz.quizId)}
                >
                  <Text className="console-cell__title">{quiz.title}</Text>
                  <Text className="console-cell__meta">截止 {shortDateText(quiz.closesAt)}</Text>
                </PickRow>
              ))}
            </View>
          );
        }}
      </CallView>
      {errors.quizIds ? <View className="console-error">{errors.quizIds}</View> : null}
      {form.formMessage ? <View className="console-error">{form.formMessage}</View> : null}
      <View className="console-actions">
        <Button block type="primary" loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
          布置计划
        </Button>
      </View>
    </View>
  );
}
