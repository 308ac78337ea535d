import { receiptDueAt, RECEIPT_PERIOD_MONTHS } from '../../cloudfunctions/modules/transfers/receipt-period';
import { transferStatusText } from '@/features/transfers/transfer-status';

/** When a receipt falls due, and what a transfer's chip says in each state. */
describe('the receipt of a transfer out of the system', () => {
  test('is due three calendar months after the letter, China time', () => {
    expect(RECEIPT_PERIOD_MONTHS).toBe(3);
    // A day the month lacks becomes its last day: 30 November → 28 February, not 2 March.
    expect(receiptDueAt(Date.parse('2026-11-30T09:00:00+08:00'))).toBe(Date.parse('2027-02-28T09:00:00+08:00'));
    // Late in the evening in Beijing counts on the China day (31 January), not the UTC one.
    expect(receiptDueAt(Date.parse('2026-01-31T23:30:00+08:00'))).toBe(Date.parse('2026-04-30T23:30:00+08:00'));
    expect(receiptDueAt(Date.parse('2026-08-15T10:00:00+08:00'))).toBe(Date.parse('2026-11-15T10:00:00+08:00'));
  });
});

describe('the status chip', () => {
  const transfer = {
    transferId: 'tr-1',
    memberId: 'm-1',
    memberName: '张三',
    fromUnitName: '东湖社区党支部',
    toName: '西苑社区党支部',
    outside: false,
    letterNo: '1',
    validUntil: 0,
    reason: '工作调动',
    status: 'started' as const,
    returnReason: null,
    receiptDueAt: null,
    receiptAt: null,
    overdue: false,
    createdAt: 0,
    decidedAt: null,
  };
  test('waits for acceptance inside the system, for the receipt outside it, and says when that is overdue', () => {
    expect(transferStatusText(transfer)).toBe('待接收');
    expect(transferStatusText({ ...transfer, outside: true })).toBe('待回执');
    expect(transferStatusText({ ...transfer, outside: true, overdue: true })).toBe('回执逾期');
    expect(transferStatusText({ ...transfer, status: 'received', outside: true })).toBe('回执已收到');
    expect(transferStatusText({ ...transfer, status: 'returned' })).toBe('已退回');
  });
});
