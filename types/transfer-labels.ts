/** Labels of 组织关系转接, 流动党员, volunteer hours and care records, shared by the contract and the app (no zod here). */
export const TRANSFER_STATUSES = ['started', 'accepted', 'returned', 'cancelled', 'received'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = {
  started: '待接收',
  accepted: '已接收',
  returned: '已退回',
  cancelled: '已撤销',
  received: '回执已收到',
};

export const TRANSFER_DIRECTIONS = ['out', 'in'] as const;
export type TransferDirection = (typeof TRANSFER_DIRECTIONS)[number];

export const CARE_KINDS = ['visit', 'help', 'difficulty'] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const CARE_KIND_LABELS: Record<CareKind, string> = {
  visit: '走访慰问',
  help: '帮扶救助',
  difficulty: '困难登记',
};

/** checkin: no check-out, counted to the activity's end (the fallback); checkout: check-in to check-out. */
export const VOLUNTEER_SOURCES = ['checkin', 'checkout', 'confirmed'] as const;
export type VolunteerSource = (typeof VOLUNTEER_SOURCES)[number];
export const VOLUNTEER_SOURCE_LABELS: Record<VolunteerSource, string> = {
  checkin: '待组织者确认',
  checkout: '签到至签退',
  confirmed: '组织者确认',
};
