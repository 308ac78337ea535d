import { Text, View } from '@tarojs/components';
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import type { BranchYear } from './branch-year-card';

/** 评星定级: one to five stars and a short note for a branch's year. */
export function BranchRatingForm({ row, year, onDone }: { row: BranchYear; year: number; onDone: () => void }) {
  const form = useRouteForm('admin.branchRating', {
    initial: { stars: row.stars ?? 0, note: row.note ?? '' },
    toInput: (v) => ({ unitId: row.unitId, year, stars: v.stars, note: v.note }),
    validate: (v): Record<string, string> => (v.stars ? {} : { stars: '请选择星级' }),
    successToast: '已评定',
    onDone,
  });
  return (
    <View data-testid="branch-rating-form">
      <Text className="review-head__title">
        {row.unitName} · {year}年度
      </Text>
      <Field label="星级" error={form.errors.stars}>
        <View data-testid="branch-stars">
          <Rate className="review-rate" value={form.values.stars} count={5} onChange={(n) => form.set('stars', n)} />
        </View>
      </Field>
      <Field label="评语" error={form.errors.note}>
        <TextArea
          value={form.values.note}
          maxLength={200}
          showCount
          placeholder="如：三会一课规范，党员学习积极"
          onChange={(value) => form.set('note', value)}
        />
      </Field>
      {form.formError && !Object.keys(form.errors).length ? (
        <View className="notice">{form.formError.message}</View>
      ) : null}
      <View className="review-actions">
        <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
          保存评定
        </Button>
      </View>
    </View>
  );
}
