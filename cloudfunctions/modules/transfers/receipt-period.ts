/**
 * When the receipt (回执) of a transfer out of the system is due: three calendar months after the letter,
 * China time. Three months is the period branches commonly set for a 介绍信回执 (issue #18 asks for "the
 * usual period"); an organisation with another rule changes it here.
 */
export const RECEIPT_PERIOD_MONTHS = 3;

const CHINA_OFFSET_MS = 8 * 3600_000;

export function receiptDueAt(startedAt: number): number {
  const local = new Date(startedAt + CHINA_OFFSET_MS);
  local.setUTCMonth(local.getUTCMonth() + RECEIPT_PERIOD_MONTHS);
  return local.getTime() - CHINA_OFFSET_MS;
}

/** Closed transfers sort after every open one, newest decision first. */
const CLOSED_BASE = 8e15;
export const closedSortKey = (decidedAt: number) => CLOSED_BASE - decidedAt;
