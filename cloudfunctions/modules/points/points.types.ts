import type { PointRule } from '../../../types/labels';

/**
 * One award. `_id` is the idempotency key — member + rule + object + China-time day — so a retried or
 * raced award inserts once and the second insert is refused by the store.
 */
export interface AwardDoc {
  _id: string;
  memberId: string;
  rule: PointRule;
  objectId: string;
  day: string;
  points: number;
  reason: string;
  at: number;
}

/** Points a member got from one rule on one day, reserved atomically against the rule's daily cap. */
export interface DailyCapDoc {
  _id: string;
  total: number;
}

/** A member's balance, with their unit path for rankings in a subtree. */
export interface BalanceDoc {
  _id: string;
  unitPath: string[];
  total: number;
  updatedAt: number;
}

/** An org admin's setting of one rule (`_id` = rule); rules without one use the defaults. */
export interface RuleDoc {
  _id: PointRule;
  points: number;
  dailyCap: number;
  enabled: boolean;
  updatedBy: string;
  updatedAt: number;
}
