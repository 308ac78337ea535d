import type { DuesCategory, DuesPayMethod } from '../../../types/dues-brackets';

/** One per member (`_id` = member id): the category and the base the monthly due follows. */
export interface DuesProfileDoc {
  _id: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitPath: string[];
  category: DuesCategory;
  /** The base (income or pension) in fen, sealed like other personal data; null for fixed categories. */
  baseSealed: string | null;
  /** Derived from the base by the brackets: kept in plain so sums need no key. */
  monthlyDueFen: number;
  reviewedAt: number;
  reviewedBy: string | null;
}

/** One per member per month: `_id` = `${memberId}:${YYYY-MM}` (`monthDocId`), so it exists once. */
export interface DuesMonthDoc {
  _id: string;
  memberId: string;
  memberName: string;
  unitId: string;
  unitPath: string[];
  month: string;
  dueFen: number;
  state: 'due' | 'paid';
  paidAt: number | null;
  method: DuesPayMethod | null;
  paymentId: string | null;
  createdAt: number;
}

/**
 * A payment: one recorded by an admin (`_id` = `receipt:<branch>:<number>`) or an online order (`order:<number>`).
 * The id is the idempotency key: recording the same receipt or settling the same order twice counts once.
 */
export interface DuesPaymentDoc {
  _id: string;
  memberId: string;
  unitPath: string[];
  months: string[];
  amountFen: number;
  method: DuesPayMethod;
  /** Orders are open until the platform says paid or closed; recorded payments are paid at once. */
  state: 'open' | 'paid' | 'closed';
  reference: string;
  transactionId: string | null;
  paidAt: number | null;
  /** Months already paid by other means when this order was settled (to refund by hand). */
  unappliedMonths: string[];
  recordedBy: string | null;
  createdAt: number;
}

/** One per member per month a reminder went out in (`${memberId}:${YYYY-MM}`). */
export interface DuesReminderDoc {
  _id: string;
  memberId: string;
  month: string;
  at: number;
}
