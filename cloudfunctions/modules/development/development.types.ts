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

/**
 * A material stored with admin.developmentUpload: id = the file id. A step may only cite files uploaded for the
 * same person, so a forged id or someone else's file never gets a download link on a timeline.
 */
export interface MaterialDoc {
  _id: string;
  fileId: string;
  /** Whose development path the file belongs to. */
  memberId: string;
  uploaderId: string;
  /** The uploaded file's name (入党申请书.pdf). */
  docKey: string;
  at: number;
}

/**
 * One per person (id = memberId): its `version` moves on with each recorded step under a conditional write,
 * so two steps that exclude each other (取消预备党员资格 and 支部大会讨论转正) cannot both be recorded at once.
 */
export interface PathDoc {
  _id: string;
  version: number;
  lastStep: DevelopmentStepKey;
  updatedAt: number;
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
