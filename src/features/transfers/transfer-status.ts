import { TRANSFER_STATUS_LABELS } from '@contract/transfer-labels';
import type { Transfer } from '@contract/schemas/transfers';
import type { z } from 'zod';

export type TransferItem = z.output<typeof Transfer>;

/** What a transfer's chip says: one leaving the system waits for its receipt (回执), not for acceptance. */
export function transferStatusText(transfer: TransferItem): string {
  if (transfer.status === 'started' && transfer.outside) return transfer.overdue ? '回执逾期' : '待回执';
  return TRANSFER_STATUS_LABELS[transfer.status];
}

export function transferTagType(transfer: TransferItem): 'danger' | 'warning' | 'success' | 'default' {
  if (transfer.overdue) return 'danger';
  if (transfer.status === 'started') return 'warning';
  if (transfer.status === 'accepted' || transfer.status === 'received') return 'success';
  return 'default';
}
