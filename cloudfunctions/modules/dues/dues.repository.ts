import type { DocStore } from '../../store/types';
import { chinaDay } from '../shared/china-time';
import type { DuesMonthDoc, DuesPaymentDoc, DuesProfileDoc, DuesReminderDoc } from './dues.types';

export function duesRepository(store: DocStore) {
  return {
    profiles: store.collection<DuesProfileDoc>('dues_profiles'),
    months: store.collection<DuesMonthDoc>('dues_months'),
    payments: store.collection<DuesPaymentDoc>('dues_payments'),
    reminders: store.collection<DuesReminderDoc>('dues_reminders'),
  };
}

export const monthDocId = (memberId: string, month: string) => `${memberId}:${month}`;
/** A receipt number is unique within the branch whose receipt book it comes from, not across branches. */
export const receiptPaymentId = (branchId: string, receiptNo: string) => `receipt:${branchId}:${receiptNo}`;
export const orderPaymentId = (orderNo: string) => `order:${orderNo}`;

/** `YYYY-MM` of an instant, China time. */
export const monthOf = (epoch: number) => chinaDay(epoch).slice(0, 7);

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
