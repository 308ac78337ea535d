import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, TextArea } from '@nutui/nutui-react-taro';
import { CARE_KIND_LABELS, CARE_KINDS, type CareKind } from '@contract/transfer-labels';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField, Field, TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

/** 记录关怀: a visit, help given or a difficulty, on a date, with what was found and what was done. */
export function CareForm({ memberId, onDone }: { memberId: string; onDone: () => void }) {
  const form = useRouteForm('admin.careAdd', {
    initial: { kind: 'visit' as CareKind, at: dayjs().startOf('day').valueOf(), note: '', help: '' },
    toInput: (v) => ({ memberId, ...v }),
    successToast: '已记录',
    onDone,
  });
  const { values, set, errors } = form;
  return (
    <View className="transfer-form" data-testid="care-form">
      <CellGroup>
        <ChoiceField
          label="类别"
          value={values.kind}
          options={CARE_KINDS.map((kind) => ({ value: kind, label: CARE_KIND_LABELS[kind] }))}
          onChange={(kind) => set('kind', kind)}
        />
        <DateTimeField
          label="日期"
          precision="date"
          value={values.at}
          max={Date.now()}
          onChange={(at) => set('at', at)}
          error={errors.at}
        />
        <Field label="情况说明" error={errors.note}>
          <TextArea
            value={values.note}
            maxLength={500}
            placeholder="如：春节前走访，身体状况良好。请勿填写手机号、身份证号"
            onChange={(text) => set('note', text)}
          />
        </Field>
        <TextField label="帮扶内容（可不填）" name="care-help" placeholder="如：送去慰问金" {...form.field('help')} />
      </CellGroup>
      {form.formMessage ? <Text className="form-sheet__error">{form.formMessage}</Text> : null}
      <Button
        block
        type="primary"
        className="transfer-form__submit"
        loading={form.busy}
        onClick={() => void form.submit()}
      >
        保存记录
      </Button>
    </View>
  );
}
