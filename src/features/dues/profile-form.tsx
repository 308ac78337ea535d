import { Text, View } from '@tarojs/components';
import { Button, Radio } from '@nutui/nutui-react-taro';
import {
  bracketOf,
  DUES_BASE_LABELS,
  DUES_CATEGORIES,
  DUES_CATEGORY_LABELS,
  DUES_RULES,
  DUES_SOURCE,
  monthlyDueFen,
  rateText,
  type DuesCategory,
} from '@contract/dues-brackets';
import { Field, FieldGroup, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { fenOf, yuanText } from './money';

/** What the live line says about the rule that gives the due. */
function ruleText(category: DuesCategory, amountFen: number | null): string {
  const rule = DUES_RULES[category];
  if (rule.kind === 'fixed') return `按规定每月 ${yuanText(rule.fen)} 元`;
  if (rule.kind === 'chosen') return `由支部在 ${yuanText(rule.minFen)}～${yuanText(rule.maxFen)} 元之间确定`;
  const bracket = amountFen === null ? null : bracketOf(category, amountFen);
  return bracket ? `适用比例 ${rateText(bracket.rateBp)}，按全额计算，四舍五入到分` : '填写基数后自动计算';
}

/**
 * 设定党费基数: the member's category and base (or, for farmers, the amount the branch sets), with the
 * monthly due computed live from the same brackets the server uses.
 */
export function DuesProfileForm({ memberId, name, onDone }: { memberId: string; name: string; onDone: () => void }) {
  const form = useRouteForm('admin.duesProfileSet', {
    initial: { category: 'salaried' as DuesCategory, amount: '' },
    toInput: (v) => ({
      memberId,
      category: v.category,
      amountFen: DUES_RULES[v.category].kind === 'fixed' ? 0 : (fenOf(v.amount) ?? -1),
    }),
    validate: (v): Record<string, string> =>
      DUES_RULES[v.category].kind !== 'fixed' && fenOf(v.amount) === null
        ? { amount: '请填写金额，如 6500 或 6500.50' }
        : {},
    successToast: '党费基数已保存',
    onDone,
  });
  const { values, set, errors } = form;
  const rule = DUES_RULES[values.category];
  const amountFen = fenOf(values.amount);
  const due = rule.kind === 'fixed' || amountFen !== null ? monthlyDueFen(values.category, amountFen ?? 0) : null;
  const amountLabel = DUES_BASE_LABELS[values.category] ?? '每月交纳金额';
  return (
    <View className="dues-form" data-testid="dues-profile-form">
      <FieldGroup>
        <Field label={`${name}的党员类别`} error={errors.category}>
          <Radio.Group
            className="dues-options"
            value={values.category}
            onChange={(value) => set('category', value as DuesCategory)}
          >
            {DUES_CATEGORIES.map((category) => (
              <Radio key={category} value={category} className="dues-option">
                {DUES_CATEGORY_LABELS[category]}
              </Radio>
            ))}
          </Radio.Group>
        </Field>
        {rule.kind !== 'fixed' ? (
          <TextField
            label={`${amountLabel}（元）`}
            name="dues-amount"
            type="text"
            placeholder={rule.kind === 'chosen' ? '如 0.5' : '如 6500'}
            error={errors.amount ?? errors.amountFen}
            value={values.amount}
            onChange={(text) => set('amount', text)}
          />
        ) : null}
      </FieldGroup>
      <View className="dues-live" data-testid="dues-live-due">
        <Text className="dues-live__label">每月应缴</Text>
        <Text className="dues-live__value">{due === null ? '—' : `${yuanText(due)} 元`}</Text>
      </View>
      <Text className="dues-note">
        {ruleText(values.category, amountFen)}。依据：{DUES_SOURCE}。计算基数每年核定一次。
      </Text>
      {form.formError && !form.formError.fields ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
        保存基数
      </Button>
    </View>
  );
}
