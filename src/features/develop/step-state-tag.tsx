import { Tag } from '@nutui/nutui-react-taro';
import { NEXT_STEP_STATE_LABELS, type NextStepState } from '@contract/development-rules';

const TAG_TYPE: Record<NextStepState, 'default' | 'primary' | 'warning' | 'danger'> = {
  waiting: 'default',
  open: 'primary',
  due: 'warning',
  overdue: 'danger',
};

/** Where a next step stands, as a status chip (已逾期 in red). */
export function StepStateTag({ state }: { state: NextStepState }) {
  return <Tag type={TAG_TYPE[state]}>{NEXT_STEP_STATE_LABELS[state]}</Tag>;
}
