/** Labels of the public board (公示栏 / 党务公开), shared by the contract and the app (no zod here). */
export const PUBLICITY_KINDS = [
  'development_candidate',
  'probationary_conversion',
  'review_result',
  'dues',
  'other',
] as const;
export type PublicityKind = (typeof PUBLICITY_KINDS)[number];
export const PUBLICITY_KIND_LABELS: Record<PublicityKind, string> = {
  development_candidate: '发展对象公示',
  probationary_conversion: '预备党员转正公示',
  review_result: '评议结果公示',
  dues: '党费收缴情况',
  other: '其他',
};

/** The shortest period each kind must stay on the board, in days: membership 公示 at least 5 days. */
export const PUBLICITY_MIN_DAYS: Record<PublicityKind, number> = {
  development_candidate: 5,
  probationary_conversion: 5,
  review_result: 1,
  dues: 1,
  other: 1,
};

/** scheduled = not yet open; open = shown and taking objections; closed = period over; withdrawn = taken down. */
export const PUBLICITY_STATUSES = ['scheduled', 'open', 'closed', 'withdrawn'] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];
export const PUBLICITY_STATUS_LABELS: Record<PublicityStatus, string> = {
  scheduled: '未开始',
  open: '公示中',
  closed: '已结束',
  withdrawn: '已撤回',
};

/** How many objections one member may file on one item. */
export const MAX_OBJECTIONS_PER_MEMBER = 3;
/** How long a closed item stays on the members' board, marked 已结束. */
export const CLOSED_SHOWN_DAYS = 30;
