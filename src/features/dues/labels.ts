import type { RouteOutput } from '@contract/contract';

export type DuesMonthData = RouteOutput<'admin.duesMonth'>;
export type DuesMemberRowData = DuesMonthData['members'][number];
export type MyDuesData = RouteOutput<'me.dues'>;

export const MEMBER_STATE_LABELS: Record<DuesMemberRowData['state'], string> = {
  arrears: '有欠缴',
  due: '本月未缴',
  paid: '已缴',
  no_profile: '未设基数',
};

export const MEMBER_STATE_TAGS: Record<DuesMemberRowData['state'], 'danger' | 'warning' | 'success' | 'default'> = {
  arrears: 'danger',
  due: 'warning',
  paid: 'success',
  no_profile: 'default',
};
