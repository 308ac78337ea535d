import { z } from 'zod';

/** Document ids travel as non-empty strings of a bounded length. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号格式不正确');

/** Times travel as epoch milliseconds. */
export const EpochMs = z.number().int().nonnegative();

export const Empty = z.strictObject({});
