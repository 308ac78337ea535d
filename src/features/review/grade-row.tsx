import { Text, View } from '@tarojs/components';
import { Button, Radio, Tag, TextArea } from '@nutui/nutui-react-taro';
import { REVIEW_GRADES, REVIEW_GRADE_LABELS, type ReviewGrade } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

type Row = RouteOutput<'admin.reviewTally'>['rows'][number];

/** The 民主测评 counts a member received, in grade order. */
export function RatingCounts({ ratings }: { ratings: Row['ratings'] }) {
  return (
    <View className="review-counts">
      {REVIEW_GRADES.map((grade) => (
        <Text key={grade} className="review-counts__item">
          {REVIEW_GRADE_LABELS[grade]} {ratings[grade]}
        </Text>
      ))}
    </View>
  );
}

/** One member on the grade sheet: self-assessment, 民主测评 counts, and the 组织评定 with its reason. */
export function GradeRow({
  roundId,
  row,
  editable,
  onSaved,
}: {
  roundId: string;
  row: Row;
  editable: boolean;
  onSaved: () => void;
}) {
  const form = useRouteForm('admin.reviewGrade', {
    initial: { grade: (row.grade ?? '') as ReviewGrade | '', reason: row.reason ?? '' },
    toInput: (v) => ({ roundId, memberId: row.memberId, grade: v.grade as ReviewGrade, reason: v.reason }),
    validate: (v): Record<string, string> => (v.grade ? {} : { grade: '请选择评议等次' }),
    successToast: `已评定${row.name}`,
    onDone: (_data, values) => {
      form.reset(values);
      onSaved();
    },
  });
  return (
    <View className="card" data-testid="grade-row">
      <View className="review-head">
        <Text className="review-head__title">{row.name}</Text>
        {row.grade && !editable ? <Tag type="primary">{REVIEW_GRADE_LABELS[row.grade]}</Tag> : null}
      </View>
      <RatingCounts ratings={row.ratings} />
      {row.score ? (
        <Text className="review-text">
          量化考核 {row.score.total} / {row.score.maxTotal} 分
        </Text>
      ) : null}
      <Text className="review-grade-row__self">{row.selfText ?? '未提交自我评价'}</Text>
      {editable ? (
        <View className="review-grade-row__form">
          <Field label="组织评定" error={form.errors.grade}>
            <Radio.Group
              className="review-ratee__options"
              direction="horizontal"
              value={form.values.grade}
              onChange={(value) => form.set('grade', String(value) as ReviewGrade)}
            >
              {REVIEW_GRADES.map((grade) => (
                <Radio key={grade} value={grade} className="review-ratee__option">
                  {REVIEW_GRADE_LABELS[grade]}
                </Radio>
              ))}
            </Radio.Group>
          </Field>
          <Field label="评定理由" error={form.errors.reason}>
            <TextArea
              value={form.values.reason}
              maxLength={200}
              showCount
              placeholder="如：学习积极，按时参加组织生活"
              onChange={(value) => form.set('reason', value)}
            />
          </Field>
          {form.formError && !Object.keys(form.errors).length ? (
            <View className="notice">{form.formError.message}</View>
          ) : null}
          <Button
            type="primary"
            fill={form.dirty ? 'solid' : 'outline'}
            loading={form.busy}
            disabled={!form.dirty}
            onClick={() => void form.submit()}
          >
            {form.values.grade && !form.dirty ? '已保存' : '保存评定'}
          </Button>
        </View>
      ) : row.reason ? (
        <Text className="review-text">评定理由：{row.reason}</Text>
      ) : null}
    </View>
  );
}
