import { Tag } from '@nutui/nutui-react-taro';
import { GRADE_LABELS, type Grade } from '@contract/assessment-labels';

const TYPES: Record<Grade, 'success' | 'primary' | 'warning' | 'danger'> = {
  excellent: 'danger',
  good: 'primary',
  pass: 'success',
  weak: 'warning',
};

/** The grade (优秀/良好/合格/待改进) as a status chip. */
export function GradeTag({ grade }: { grade: Grade }) {
  return (
    <Tag className="assess-grade" type={TYPES[grade]} plain={grade !== 'excellent'}>
      {GRADE_LABELS[grade]}
    </Tag>
  );
}
