/**
 * When the receipt (回执) of a transfer out of the system is due: three calendar months after the letter,
 * China time. Three months is the period branches commonly set for a 介绍信回执 (issue #18 asks for "the
 * usual period"); an organisation with another rule changes it here.
 */
export const RECEIPT_PERIOD_MONTHS = 3;

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The same day three months on; a day the month lacks (30 November → February) becomes its last day. */
export function receiptDueAt(startedAt: number): number {
  const local = new Date(startedAt + CHINA_OFFSET_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + RECEIPT_PERIOD_MONTHS);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return local.getTime() - CHINA_OFFSET_MS;
}

/** Closed transfers sort after every open one, newest decision first. */
const CLOSED_BASE = 8e15;
export const closedSortKey = (decidedAt: number) => CLOSED_BASE - decidedAt;
