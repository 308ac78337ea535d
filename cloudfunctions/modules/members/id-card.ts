import { normaliseIdCard } from '../../../types/identifiers';

/**
 * Mainland resident ID numbers (GB 11643-1999): 17 digits, a check character computed from them, and the
 * birth date at positions 7–14.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CODES = '10X98765432';

export function idCardCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  return CHECK_CODES[sum % 11] as string;
}

export type IdCardProblem = 'format' | 'checksum' | 'birth_date';

export function checkIdCard(value: string): { ok: true; birthDate: string } | { ok: false; problem: IdCardProblem } {
  const id = normaliseIdCard(value);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  if (idCardCheckCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate)) return { ok: false, problem: 'birth_date' };
  return { ok: true, birthDate };
}

/** `YYYY-MM-DD` naming a real day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900
  );
}
