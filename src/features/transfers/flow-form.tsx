import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { DateTimeField } from '@/components/date-time-field';
import { TextField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';
import { MemberPick } from './member-pick';
import type { PickOption } from './pick-sheet';

/** 登记流动党员: who, where they are now, the party organisation to contact there, since and until when. */
export function FlowForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const form = useRouteForm('admin.flowRegister', {
    initial: {
      member: null as PickOption | null,
      place: '',
      contactUnit: '',
      since: dayjs().startOf('day').valueOf(),
      until: null as number | null,
    },
    toInput: ({ member, ...v }) => ({ memberId: member?.id ?? '', ...v }),
    validate: (v): Record<string, string> => (v.member ? {} : { member: '请选择党员' }),
    successToast: '已登记',
    onDone,
  });
  const { values, set, errors } = form;
  return (
    <View className="transfer-form" data-testid="flow-form">
      <CellGroup>
        <MemberPick unitId={unitId} value={values.member} onPick={(m) => set('member', m)} error={errors.member} />
        <TextField label="流动去向" name="flow-place" placeholder="如：深圳市南山区" {...form.field('place')} />
        <TextField
          label="联系党组织"
          name="flow-contact"
          placeholder="如：南山区流动党员服务站（可不填）"
          {...form.field('contactUnit')}
        />
        <DateTimeField
          label="外出时间"
          precision="date"
          value={values.since}
          max={Date.now()}
          onChange={(at) => set('since', at)}
          error={errors.since}
        />
        <DateTimeField
          label="预计返回（可不填）"
          precision="date"
          value={values.until}
          min={values.since}
          onChange={(at) => set('until', at)}
          error={errors.until}
        />
      </CellGroup>
      {form.formMessage ? <Text className="form-sheet__error">{form.formMessage}</Text> : null}
      <Button
        block
        type="primary"
        className="transfer-form__submit"
        loading={form.busy}
        onClick={() => void form.submit()}
      >
        登记
      </Button>
    </View>
  );
}
