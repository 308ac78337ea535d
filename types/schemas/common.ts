import * as z from 'zod';
import { MAINLAND_PHONE, normaliseIdCard, normalisePhone } from '../identifiers';

/** Document ids travel as non-empty strings of a bounded length. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号格式不正确');

/** Times travel as epoch milliseconds. */
export const EpochMs = z.number().int().nonnegative();

export const Empty = z.strictObject({});

/** A calendar day, `YYYY-MM-DD` (birth dates and the like have no time of day). */
export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const PageInput = {
  skip: z.number().int().min(0).max(100_000).default(0),
  limit: z.number().int().min(1).max(100).default(20),
};

/** A person's name as written on the roster: 1–30 characters, no control characters. */
export const PersonName = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .max(30, '姓名不能超过 30 个字')
  .regex(/^[^\p{Cc}]+$/u, '姓名里有无法识别的字符');

export const MainlandPhone = z
  .string()
  .overwrite(normalisePhone)
  .regex(MAINLAND_PHONE, '手机号应为 11 位数字，以 1 开头');

/**
 * Masked personal data as outputs carry it: 3 + 2 digits of a phone, the first and last character of an ID
 * number. Declared in the contract, so the router refuses to send a response that shows more.
 */
export const MaskedPhone = z.string().regex(/^(\d{3}\*{6}\d{2}|\*{4})$/);
export const MaskedIdCard = z.string().regex(/^(\d\*{16}[\dX]|\*{8})$/);

/** A resident ID number, normalised; its checksum and birth date are checked by the service. */
export const IdCardNumber = z.string().max(40).overwrite(normaliseIdCard);
