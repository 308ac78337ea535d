import {
  addSpan,
  DEVELOPMENT_STEP_LABELS,
  spanText,
  type DevelopmentStep,
  type DevelopmentStepKey,
  type NextStepState,
} from '../../../types/development-rules';
import { STAGES, type Stage } from '../../../types/labels';
import type { StepDoc } from './development.types';

/**
 * Where a person stands on the path: the next step in the rules' order and its dates, worked out from the
 * steps recorded. Pure, so the record route, the timelines, the due list and the reminders agree.
 */
const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

/** `2026年1月5日` in China time. */
export function dateText(at: number): string {
  const local = new Date(at + OFFSET_MS);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

export interface NextStepDates {
  step: DevelopmentStep;
  earliestAt: number | null;
  /** What makes `earliestAt`: shown when a step is refused as too early. */
  earliestRule: string | null;
  /** The last day the step is on time. */
  dueAt: number | null;
  state: NextStepState;
  rule: string | null;
  /** The person reached a later stage before these steps were recorded: entered afterwards, never reminded. */
  backfill: boolean;
}

export const stageRank = (stage: Stage) => STAGES.indexOf(stage);

export function doneByKey(done: StepDoc[]): Map<DevelopmentStepKey, StepDoc> {
  return new Map(done.map((step) => [step.stepKey, step]));
}

/** The months a recorded 延长预备期 adds to the probation, 0 without one. */
export function probationExtension(rules: DevelopmentStep[], done: StepDoc[]): number {
  const extending = new Set(rules.filter((rule) => rule.decision?.extends).map((rule) => rule.key));
  return done.find((step) => extending.has(step.stepKey))?.extensionMonths ?? 0;
}

/** A decision that closes the path (取消预备党员资格) has been recorded. */
export function pathEnded(rules: DevelopmentStep[], done: StepDoc[]): boolean {
  const ending = new Set(rules.filter((rule) => rule.decision?.ends).map((rule) => rule.key));
  return done.some((step) => ending.has(step.stepKey));
}

/**
 * The branch decisions open now: in the person's stage, not yet taken, the path still open, and the last step
 * that counts the probation (the branch meeting on the conversion) not yet recorded.
 */
export function openDecisions(rules: DevelopmentStep[], stage: Stage, done: StepDoc[]): DevelopmentStep[] {
  if (pathEnded(rules, done)) return [];
  const byKey = doneByKey(done);
  const decidedBy = [...rules].reverse().find((rule) => !rule.decision && rule.intervals.some((i) => i.probation));
  if (decidedBy && byKey.has(decidedBy.key)) return [];
  return rules.filter((rule) => rule.decision && rule.stage === stage && !byKey.has(rule.key));
}

/** The next step of a person at `stage` with these steps done, or null when the path is complete. */
export function nextStep(rules: DevelopmentStep[], stage: Stage, done: StepDoc[], now: number): NextStepDates | null {
  const byKey = doneByKey(done);
  const step = rules.find((candidate) => !candidate.decision && !byKey.has(candidate.key));
  if (!step || stage === 'full' || pathEnded(rules, done)) return null;
  const extension = probationExtension(rules, done);
  let earliestAt: number | null = null;
  let earliestRule: string | null = null;
  let dueAt: number | null = null;
  const words: string[] = [];
  for (const interval of step.intervals) {
    const from = byKey.get(interval.from);
    if (!from) continue;
    const fromLabel = DEVELOPMENT_STEP_LABELS[interval.from];
    const shift = interval.probation ? extension : 0;
    const start = shift > 0 ? addSpan(from.date, { count: shift, unit: 'month' }) : from.date;
    if (interval.notBefore) {
      const at = addSpan(start, interval.notBefore);
      const extended = shift > 0 ? `（预备期延长${spanText({ count: shift, unit: 'month' })}）` : '';
      const text = `${fromLabel}后满${spanText(interval.notBefore)}${extended}`;
      if (earliestAt === null || at > earliestAt) {
        earliestAt = at;
        earliestRule = text;
      }
      words.push(`${text}，${dateText(at)}起可办理`);
    }
    if (interval.within) {
      const at = addSpan(start, interval.within);
      if (dueAt === null || at < dueAt) dueAt = at;
      words.push(`应在${fromLabel}后${spanText(interval.within)}内完成，即${dateText(at)}前`);
    }
  }
  const backfill = stageRank(stage) > stageRank(step.stage);
  return {
    step,
    earliestAt,
    earliestRule,
    dueAt,
    state: stateOf(earliestAt, dueAt, now, backfill),
    rule: words.length > 0 ? words.join('；') : null,
    backfill,
  };
}

function stateOf(earliestAt: number | null, dueAt: number | null, now: number, backfill: boolean): NextStepState {
  if (earliestAt !== null && now < earliestAt) return 'waiting';
  if (backfill) return 'open';
  if (dueAt !== null && now >= dueAt + DAY_MS) return 'overdue';
  return earliestAt !== null || dueAt !== null ? 'due' : 'open';
}

/** For a 公示 step done: the first day the step after it may be recorded, i.e. the period's end. */
export function publicityEnd(rules: DevelopmentStep[], step: StepDoc): number | null {
  if (!rules.find((rule) => rule.key === step.stepKey)?.publicity) return null;
  for (const rule of rules)
    for (const interval of rule.intervals)
      if (interval.from === step.stepKey && interval.notBefore) return addSpan(step.date, interval.notBefore);
  return null;
}
