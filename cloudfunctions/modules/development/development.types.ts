import type { DevelopmentStepKey, Span } from '../../../types/development-rules';
import type { Stage } from '../../../types/labels';

/** One recorded step of a person's development; its id is `<memberId>_<stepKey>`, so a step is recorded once. */
export interface StepDoc {
  _id: string;
  memberId: string;
  unitPath: string[];
  stepKey: DevelopmentStepKey;
  stage: Stage;
  /** The day the step was taken (China-time midnight). */
  date: number;
  documents: Array<{ name: string; fileId: string | null }>;
  contacts: Array<{ memberId: string; name: string }>;
  note: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: number;
  late: boolean;
  /** 延长预备期: the months the probation was extended by. */
  extensionMonths?: number;
  /** A 公示 step posted to the unit's 公示栏: the board item, whose objections must be handled first. */
  publicityItemId?: string;
}

/** An interval as an organisation corrected it; `null` removes that side of the interval. */
export interface IntervalOverride {
  stepKey: DevelopmentStepKey;
  from: DevelopmentStepKey;
  notBefore: Span | null;
  within: Span | null;
}

/** The deployment's corrections to the default intervals: one document, id `intervals`. */
export interface RulesDoc {
  _id: 'intervals';
  overrides: IntervalOverride[];
  updatedAt: number;
  updatedBy: string;
  updatedByName: string;
}

/** A reminder already sent: id `<memberId>_<stepKey>_<state>`, so each is sent once. */
export interface ReminderDoc {
  _id: string;
  memberId: string;
  stepKey: DevelopmentStepKey;
  state: 'due' | 'overdue';
  sentAt: number;
}
