import * as z from 'zod';
import { ATTEMPT_MODES } from '../labels';
import { EpochMs, Id, PageInput } from './common';

/** Attempts flagged as too fast (答题过快，待核实) and an admin's decision on each. */
export const FLAG_STATUSES = ['pending', 'confirmed', 'voided'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export const FlagListInput = z.strictObject({
  /** Flags of quizzes organised in this unit's subtree, and daily quizzes of its members. */
  unitId: Id,
  status: z.enum(FLAG_STATUSES).default('pending'),
  ...PageInput,
});

export const FlagListOutput = z.object({
  items: z.array(
    z.object({
      attemptId: Id,
      memberName: z.string(),
      unitName: z.string(),
      mode: z.enum(ATTEMPT_MODES),
      title: z.string(),
      percent: z.number().int(),
      seconds: z.number().int(),
      /** What a person needs at least to read the answered questions. */
      neededSeconds: z.number(),
      submittedAt: EpochMs,
      status: z.enum(FLAG_STATUSES),
      reason: z.string(),
      decidedAt: EpochMs.nullable(),
    }),
  ),
  total: z.number().int(),
});

export const FlagDecideInput = z
  .strictObject({
    unitId: Id,
    attemptId: Id,
    /** confirm: counts for points and the board as of its hand-in; void: stays off both. */
    decision: z.enum(['confirm', 'void']),
    reason: z.string().trim().max(200, '理由不能超过 200 字').default(''),
  })
  .refine((input) => input.decision === 'confirm' || input.reason.length >= 2, {
    message: '判为无效时请写明理由（至少 2 个字）',
    path: ['reason'],
  });

export const FlagDecideOutput = z.object({
  status: z.enum(['confirmed', 'voided']),
  /** false: the same decision had been made before; nothing changed. */
  changed: z.boolean(),
  pointsAwarded: z.number().int(),
});
