import * as z from 'zod';
import { PersonName } from './common';
import { ReconcileOutput } from './dashboard';
import { StudyReconcileOutput } from './study';

export const SetupOutput = z.object({
  collections: z.array(z.string()),
  indexes: z.number().int(),
  /** Printed once, while the deployment has no super admin: the first person redeems it in the app. */
  bootstrapCode: z.string().nullable(),
  /** Ballots stored before ballot secrecy (with their voter) that this run rewrote into the secret shape. */
  legacyBallots: z.object({
    migrated: z.number().int(),
    /** Those whose voter had cast again after the upgrade: removed, so each member keeps one ballot. */
    duplicatesRemoved: z.number().int(),
  }),
  /** Sign-ups on leave stored before they carried their activity's organiser path and end, given them now. */
  leavePaths: z.object({ migrated: z.number().int() }),
  /** Assessment scheme versions saved before the 扣分项 flag whose 违纪扣分 this run marked as a deduction. */
  disciplineDeductions: z.object({ migrated: z.number().int() }),
  /** Members whose pinyin sort key (for lists in pinyin order) this run set or recomputed. */
  memberSortKeys: z.number().int(),
  /** Questions stored before random draw keys that this run gave one (a keyless question is never drawn). */
  questionRandomKeys: z.number().int(),
  /** The console's aggregates and the members' study summaries built from the records, as the nightly jobs do:
   * a deployment upgraded from a version without them has them at once. */
  aggregates: ReconcileOutput,
  studyViews: StudyReconcileOutput,
});

export const BootstrapInput = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{12}$/, '初始化码是 12 位字母或数字'),
  name: PersonName,
  organisationName: z.string().trim().min(2, '请填写党委名称').max(40),
});

export const PruneQuotasOutput = z.object({
  /** Counters of days before this one (China time) were deleted. */
  before: z.string(),
  /** Old disclosure counters without a stored day that this run dated from their id. */
  dated: z.number().int(),
  /** Disclosure counters deleted (问一问's daily counters are kept: its figures are rebuilt from them). */
  personalData: z.number().int(),
});
