import { Text, View } from '@tarojs/components';
import { Button, CellGroup, Input, TextArea } from '@nutui/nutui-react-taro';
import { Field } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

/** Who reads an objection, said where the member writes it. */
export const OBJECTION_PRIVACY = '异议仅本单位党组织管理员可见，其他党员看不到，也看不到有多少条异议。';

/** 提出异议: the text and, if the member wants to be called back, a phone number. */
export function ObjectionForm({
  publicityId,
  left,
  onDone,
}: {
  publicityId: string;
  left: number;
  onDone: () => void;
}) {
  const form = useRouteForm('publicity.object', {
    initial: { text: '', phone: '' },
    toInput: (v) => ({ publicityId, text: v.text, phone: v.phone.trim() }),
    successToast: '异议已提交',
    onDone: () => {
      form.reset({ text: '', phone: '' });
      onDone();
    },
  });
  const { values, set, errors } = form;
  return (
    <View data-testid="objection-form">
      <CellGroup>
        <Field label="异议内容" error={errors.text}>
          <TextArea
            value={values.text}
            maxLength={500}
            showCount
            placeholder="请实事求是写明您了解的情况，至少 5 个字"
            onChange={(text) => set('text', text)}
          />
        </Field>
        <Field label="联系电话（选填）" error={errors.phone}>
          <Input
            className="field__input"
            name="objection-phone"
            type="number"
            maxLength={11}
            value={values.phone}
            placeholder="留下电话，便于党组织向您核实"
            onChange={(phone) => set('phone', phone)}
          />
        </Field>
      </CellGroup>
      <Text className="publicity-private">
        {OBJECTION_PRIVACY}公示期内每人最多可提 3 条，您还可以提 {left} 条。
      </Text>
      {form.formMessage ? <View className="notice">{form.formMessage}</View> : null}
      <View className="publicity-sheet">
        <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
          提交异议
        </Button>
      </View>
    </View>
  );
}
