import dayjs from 'dayjs';
import { View } from '@tarojs/components';
import { Button, CellGroup } from '@nutui/nutui-react-taro';
import { DateTimeField } from '@/components/date-time-field';
import { ChoiceField } from '@/components/form';
import { useRouteForm } from '@/lib/use-route-form';

const endOfDay = (at: dayjs.Dayjs) => at.hour(23).minute(55).second(0).millisecond(0).valueOf();

/** 开启民主评议: the year, and the day each phase should end by (picked, never typed). */
export function RoundOpenForm({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const today = dayjs();
  const year = today.year();
  const form = useRouteForm('admin.reviewRoundOpen', {
    initial: {
      year: String(today.month() < 2 ? year - 1 : year),
      self: endOfDay(today.add(7, 'day')),
      rating: endOfDay(today.add(14, 'day')),
      grading: endOfDay(today.add(21, 'day')),
      publicity: endOfDay(today.add(28, 'day')),
    },
    toInput: ({ year: y, ...deadlines }) => ({ unitId, year: Number(y), deadlines }),
    successToast: '民主评议已开启',
    onDone,
  });
  const { values, set, errors } = form;
  const dateField = (key: 'self' | 'rating' | 'grading' | 'publicity', label: string, min: number) => (
    <DateTimeField
      label={label}
      precision="date"
      value={values[key]}
      min={min}
      onChange={(at) => set(key, endOfDay(dayjs(at)))}
      error={errors[`deadlines.${key}`]}
      testId={`review-deadline-${key}`}
    />
  );
  return (
    <View data-testid="review-open-form">
      <CellGroup>
        <ChoiceField
          label="评议年度"
          value={values.year}
          options={[year - 1, year].map((y) => ({ value: String(y), label: `${y}年度` }))}
          onChange={(y) => set('year', y)}
          error={errors.year}
        />
        {dateField('self', '自我评价截止', Date.now())}
        {dateField('rating', '民主测评截止', values.self)}
        {dateField('grading', '组织评定截止', values.rating)}
        {dateField('publicity', '公示截止', values.grading)}
      </CellGroup>
      {form.formError ? <View className="notice">{form.formError.message}</View> : null}
      <View className="review-actions">
        <Button block type="primary" loading={form.busy} onClick={() => void form.submit()}>
          开启民主评议
        </Button>
      </View>
    </View>
  );
}
