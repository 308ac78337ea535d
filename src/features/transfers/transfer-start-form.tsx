import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, Field, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { MemberPick } from './member-pick';
import type { PickOption } from './pick-sheet';
import { UnitPick } from './unit-pick';

const REASONS = ['工作调动', '升学', '户籍迁移', '随迁'];

/**
 * 发起转接: the member, where to (a branch in the system, or an organisation outside it by name), the
 * letter's number and validity, and why.
 */
export function TransferStartForm({
  unitId,
  member,
  onDone,
}: {
  unitId: string;
  member: PickOption | null;
  onDone: () => void;
}) {
  const form = useRouteForm('admin.transferStart', {
    initial: {
      member,
      where: 'inside' as 'inside' | 'outside',
      unit: null as PickOption | null,
      outsideName: '',
      letterNo: '',
      validUntil: dayjs().add(1, 'month').endOf('day').valueOf(),
      reason: '',
    },
    toInput: (v) => ({
      memberId: v.member?.id ?? '',
      to: v.where === 'inside' ? { unitId: v.unit?.id ?? '' } : { outsideName: v.outsideName },
      letterNo: v.letterNo,
      validUntil: v.validUntil,
      reason: v.reason,
    }),
    validate: (v): Record<string, string> => ({
      ...(v.member ? {} : { member: '请选择要转出的党员' }),
      ...(v.where === 'inside' && !v.unit ? { unit: '请选择接收支部' } : {}),
      ...(v.where === 'outside' && v.outsideName.trim().length < 4 ? { outsideName: '请写全接收党组织的名称' } : {}),
    }),
    successToast: '已发起转接',
    onDone,
  });
  const { values, set, errors } = form;
  return (
    <View className="transfer-form" data-testid="transfer-start-form">
      <CellGroup title="转出党员">
        <MemberPick unitId={unitId} value={values.member} onPick={(m) => set('member', m)} error={errors.member} />
      </CellGroup>
      <CellGroup title="转往">
        <ChoiceField
          label="接收方"
          value={values.where}
          options={[
            { value: 'inside', label: '本系统内的支部' },
            { value: 'outside', label: '系统外党组织' },
          ]}
          onChange={(where) => set('where', where)}
        />
        {values.where === 'inside' ? (
          <UnitPick value={values.unit} onPick={(u) => set('unit', u)} error={errors.unit ?? errors.to} />
        ) : (
          <TextField
            label="接收党组织名称"
            name="outside-name"
            placeholder="如：杭州市西湖区委组织部"
            value={values.outsideName}
            onChange={(text) => set('outsideName', text)}
            error={errors.outsideName ?? errors['to.outsideName'] ?? errors.to}
          />
        )}
      </CellGroup>
      <CellGroup title="介绍信">
        <TextField label="介绍信编号" name="letter-no" placeholder="如：城南组字第 12 号" {...form.field('letterNo')} />
        <DateTimeField
          label="有效期至"
          precision="date"
          value={values.validUntil}
          min={Date.now()}
          onChange={(at) => set('validUntil', dayjs(at).endOf('day').valueOf())}
          error={errors.validUntil}
          testId="transfer-valid-until"
        />
        <Field label="转接原因" error={errors.reason}>
          <TextArea
            value={values.reason}
            maxLength={200}
            placeholder="如：工作调动到西苑社区"
            onChange={(text) => set('reason', text)}
          />
        </Field>
        <Cell>
          <View className="transfer-chips">
            {REASONS.map((reason) => (
              <Button key={reason} size="small" fill="outline" onClick={() => set('reason', reason)}>
                {reason}
              </Button>
            ))}
          </View>
        </Cell>
      </CellGroup>
      {form.formMessage ? <Text className="form-sheet__error">{form.formMessage}</Text> : null}
      <Button
        block
        type="primary"
        className="transfer-form__submit"
        loading={form.busy}
        onClick={() => void form.submit()}
      >
        发起转接
      </Button>
    </View>
  );
}
