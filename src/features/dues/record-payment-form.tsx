import { Text, View } from '@tarojs/components';
import { Button, Checkbox, Radio } from '@nutui/nutui-react-taro';
import { Field, FieldGroup, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import type { DuesMemberRowData } from './labels';
import { monthText, yuanText } from './money';

/**
 * 记录缴费: a payment in cash or by transfer, against its receipt number, for months the member owes
 * (all of them ticked at first). The same receipt number twice counts once.
 */
export function RecordPaymentForm({ row, onDone }: { row: DuesMemberRowData; onDone: () => void }) {
  const dueOf = new Map(row.unpaid.map((u) => [u.month, u.dueFen]));
  const form = useRouteForm('admin.duesRecordPayment', {
    initial: { method: 'cash' as 'cash' | 'transfer', receiptNo: '', months: row.unpaid.map((u) => u.month) },
    toInput: (v) => ({ memberId: row.memberId, ...v }),
    validate: (v): Record<string, string> => ({
      ...(v.months.length === 0 ? { months: '请至少选择一个月' } : {}),
      ...(v.receiptNo.trim() === '' ? { receiptNo: '请填写收据号' } : {}),
    }),
    successToast: '缴费已记录',
    onDone,
  });
  const { values, set, errors } = form;
  const total = values.months.reduce((sum, month) => sum + (dueOf.get(month) ?? 0), 0);
  return (
    <View className="dues-form" data-testid="dues-record-form">
      <FieldGroup>
        <Field label="缴纳月份" error={errors.months}>
          <Checkbox.Group
            className="dues-options"
            value={values.months}
            onChange={(months: string[]) => set('months', months)}
          >
            {row.unpaid.map(({ month, dueFen }) => (
              <Checkbox
                key={month}
                value={month}
                className="dues-option"
                label={`${monthText(month)}（${yuanText(dueFen)} 元）`}
              />
            ))}
          </Checkbox.Group>
        </Field>
        <Field label="缴纳方式" error={errors.method}>
          <Radio.Group
            className="dues-options"
            value={values.method}
            onChange={(value) => set('method', value as 'cash' | 'transfer')}
          >
            <Radio value="cash" className="dues-option">
              现金
            </Radio>
            <Radio value="transfer" className="dues-option">
              转账
            </Radio>
          </Radio.Group>
        </Field>
        <TextField
          label="收据号"
          name="dues-receipt"
          placeholder="如 DF2026-0012"
          error={errors.receiptNo}
          value={values.receiptNo}
          onChange={(text) => set('receiptNo', text)}
        />
      </FieldGroup>
      <View className="dues-live">
        <Text className="dues-live__label">本次收取</Text>
        <Text className="dues-live__value">{yuanText(total)} 元</Text>
      </View>
      {form.formError && !form.formError.fields ? <View className="notice">{form.formError.message}</View> : null}
      <Button block type="primary" loading={form.busy} disabled={form.busy} onClick={() => void form.submit()}>
        确认记录
      </Button>
    </View>
  );
}
