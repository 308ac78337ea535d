import type { NextStepState } from '@contract/development-rules';
import { dateText } from '@/lib/format';

/** The date that matters for a next step, in words: when it may start, or by when it is due. */
export function stepDateText(step: { state: NextStepState; earliestAt: number | null; dueAt: number | null }): string {
  if (step.state === 'waiting' && step.earliestAt !== null) return `${dateText(step.earliestAt)} 起可办理`;
  if (step.dueAt !== null)
    return step.state === 'overdue' ? `期限 ${dateText(step.dueAt)}，已过` : `请于 ${dateText(step.dueAt)} 前办理`;
  if (step.earliestAt !== null) return `${dateText(step.earliestAt)} 起可办理`;
  return '可随时办理';
}
