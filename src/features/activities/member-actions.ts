import type { ActivityDetail } from '@contract/schemas/activities';
import { whenText } from '@/lib/format';

export type PrimaryAction =
  | { kind: 'signUp'; label: string; note: string }
  | { kind: 'checkIn'; label: string; note: string }
  | { kind: 'none'; label: string; note: string };

export type SecondaryAction = 'cancel' | 'requestLeave' | 'remind';

export const SECONDARY_LABELS: Record<SecondaryAction, string> = {
  cancel: '取消报名',
  requestLeave: '请假',
  remind: '开始前提醒我',
};

/**
 * The one thing the bottom bar offers a member now (报名 / 签到, or a disabled label saying where they
 * stand), and what else they may do. Nothing but the disabled 已签到 is offered once they have checked in,
 * whatever else the answer says.
 */
export function memberActions(
  activity: ActivityDetail,
  now = Date.now(),
): { primary: PrimaryAction; secondary: SecondaryAction[] } {
  const mine = activity.mine;
  if (mine?.checkedIn) {
    const at = mine.checkedInAt === null ? '' : `签到时间 ${whenText(mine.checkedInAt, now)}`;
    return { primary: { kind: 'none', label: '已签到', note: at }, secondary: [] };
  }
  const secondary = (Object.keys(SECONDARY_LABELS) as SecondaryAction[]).filter((key) => activity.actions[key]);
  if (activity.actions.checkIn) {
    return { primary: { kind: 'checkIn', label: '签到', note: '输入现场的 6 位签到码' }, secondary };
  }
  if (now > activity.endAt) return { primary: { kind: 'none', label: '活动已结束', note: '' }, secondary };
  if (mine && mine.status === 'waitlisted') {
    const note = mine.waitlistPosition ? `候补第 ${mine.waitlistPosition} 位，有人取消时自动递补` : '';
    return { primary: { kind: 'none', label: '候补中', note }, secondary };
  }
  if (mine && mine.status === 'pending') {
    return { primary: { kind: 'none', label: '待审核', note: '组织者同意后即报名成功' }, secondary };
  }
  if (mine && mine.status === 'confirmed') {
    return { primary: { kind: 'none', label: '已报名', note: '活动开始前开放签到' }, secondary };
  }
  if (mine && mine.status === 'leave') return { primary: { kind: 'none', label: '已请假', note: '' }, secondary };
  if (now < activity.signupOpensAt) {
    const note = `${whenText(activity.signupOpensAt, now)} 开始报名`;
    return { primary: { kind: 'none', label: '报名未开始', note }, secondary };
  }
  if (now > activity.signupClosesAt) return { primary: { kind: 'none', label: '报名已截止', note: '' }, secondary };
  const full = activity.capacity !== null && activity.confirmedCount >= activity.capacity;
  return {
    primary: {
      kind: 'signUp',
      label: full ? '名额已满，加入候补' : '立即报名',
      note: `报名截止 ${whenText(activity.signupClosesAt, now)}`,
    },
    secondary,
  };
}
