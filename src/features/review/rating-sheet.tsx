import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Dialog, Radio } from '@nutui/nutui-react-taro';
import { ShieldCheck } from '@nutui/icons-react-taro';
import { REVIEW_GRADES, REVIEW_GRADE_LABELS, type ReviewGrade } from '@contract/review-labels';
import type { RouteOutput } from '@contract/contract';
import { useRouteForm } from '@/lib/use-route-form';

/**
 * 民主测评 sheet: one of 优秀 / 合格 / 基本合格 / 不合格 for every other member, large and plain, handed in once
 * after a confirmation. The page says plainly that no one can see how a member rated.
 */
export function RatingSheet({
  roundId,
  ratees,
  onDone,
}: {
  roundId: string;
  ratees: Array<{ memberId: string; name: string }>;
  onDone: (data: RouteOutput<'review.rate'>) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const form = useRouteForm('review.rate', {
    initial: { choices: {} as Record<string, ReviewGrade> },
    toInput: (v) => ({
      roundId,
      grades: ratees.map((r) => ({ memberId: r.memberId, grade: v.choices[r.memberId] as ReviewGrade })),
    }),
    successToast: '测评票已提交',
    onDone: (data, values) => {
      form.reset(values);
      onDone(data);
    },
  });
  const chosen = ratees.filter((r) => form.values.choices[r.memberId]).length;
  const left = ratees.length - chosen;
  return (
    <View data-testid="rating-sheet">
      <View className="review-privacy" role="note">
        <ShieldCheck size={20} />
        <Text>测评结果匿名保存，任何人都无法查看您的打分。每人只能提交一次，提交后不能更改。</Text>
      </View>
      {ratees.map((ratee) => (
        <View key={ratee.memberId} className="card review-ratee" data-testid="ratee">
          <Text className="review-ratee__name">{ratee.name}</Text>
          <Radio.Group
            className="review-ratee__options"
            direction="horizontal"
            value={form.values.choices[ratee.memberId] ?? ''}
            onChange={(value) =>
              form.set('choices', { ...form.values.choices, [ratee.memberId]: String(value) as ReviewGrade })
            }
          >
            {REVIEW_GRADES.map((grade) => (
              <Radio
                key={grade}
                value={grade}
                className="review-ratee__option"
                aria-label={`${ratee.name}：${REVIEW_GRADE_LABELS[grade]}`}
              >
                {REVIEW_GRADE_LABELS[grade]}
              </Radio>
            ))}
          </Radio.Group>
        </View>
      ))}
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <View className="review-actions">
        <Button block type="primary" disabled={left > 0} loading={form.busy} onClick={() => setConfirming(true)}>
          {left > 0 ? `还有 ${left} 人未选择` : '提交测评票'}
        </Button>
      </View>
      <Dialog
        visible={confirming}
        title="确定提交测评票吗？"
        content={`您为 ${ratees.length} 位党员选择了等次。测评票匿名保存，提交后不能更改。`}
        confirmText="提交"
        cancelText="再看看"
        onConfirm={() => {
          setConfirming(false);
          void form.submit();
        }}
        onCancel={() => setConfirming(false)}
      />
    </View>
  );
}
