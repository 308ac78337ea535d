import { View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { SELF_ASSESSMENT_MAX, SELF_ASSESSMENT_MIN } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

/** 自我评价: what I did this year and where I fall short; rewritable until the phase ends. */
export function SelfAssessmentForm({
  roundId,
  text,
  onDone,
}: {
  roundId: string;
  text: string | null;
  onDone: (data: RouteOutput<'review.selfSubmit'>) => void;
}) {
  const form = useRouteForm('review.selfSubmit', {
    initial: { text: text ?? '' },
    toInput: (v) => ({ roundId, text: v.text }),
    validate: (v): Record<string, string> =>
      v.text.trim().length < SELF_ASSESSMENT_MIN ? { text: `请至少写 ${SELF_ASSESSMENT_MIN} 个字` } : {},
    successToast: text ? '自我评价已更新' : '自我评价已提交',
    onDone: (data, values) => {
      form.reset(values);
      onDone(data);
    },
  });
  return (
    <View data-testid="self-form">
      <Field label="我的自我评价" error={form.errors.text}>
        <TextArea
          value={form.values.text}
          maxLength={SELF_ASSESSMENT_MAX}
          showCount
          autoSize
          placeholder="从学习、组织生活、发挥作用、不足与改进四个方面写一写，至少 20 个字"
          onChange={(value) => form.set('text', value)}
        />
      </Field>
      {form.formError && !form.errors.text ? <View className="notice">{form.formError.message}</View> : null}
      <View className="review-actions">
        <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
          {text ? '保存修改' : '提交自我评价'}
        </Button>
      </View>
    </View>
  );
}
