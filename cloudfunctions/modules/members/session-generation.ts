import { INACTIVE_MEMBER_STATUSES, type MemberStatus } from '../../../types/labels';
import type { SessionTokens } from '../../platform/session-tokens';
import type { MemberDoc } from './members.types';

/**
 * A member's session lives while the member's session generation is the one it was issued with. Whatever
 * changes who may hold the session or what it may do bumps the generation, which ends every session at once:
 * binding or unbinding a WeChat, a role change, a move into or out of 已转出/停止党籍, and signing out.
 * A session signed in before its WeChat was bound holds no generation; it lives until the first such bump.
 */
export function sessionGeneration(member: Pick<MemberDoc, 'sessionGen'>): number {
  return member.sessionGen ?? 0;
}

/** The part of a member update that ends their sessions. */
export const END_SESSIONS = { inc: { sessionGen: 1 }, set: { unboundSessionsEnded: true as const } };

/** What a refused session is told: its sign-in is over, whatever ended it. */
export const SESSION_ENDED_MESSAGE = '登录已失效（可能已退出登录、解除了微信绑定或权限有变动），请重新登录。';

function isInactive(status: MemberStatus): boolean {
  return INACTIVE_MEMBER_STATUSES.includes(status);
}

/** Whether writing `set`/`unset` over `before` changes the binding, the role or whether the member is active. */
export function endsSessions(before: MemberDoc, set: Partial<MemberDoc>, unset: readonly string[]): boolean {
  const changes = <K extends keyof MemberDoc>(field: K) =>
    unset.includes(field) ? before[field] !== undefined : field in set && set[field] !== before[field];
  if (changes('openid') || changes('role') || changes('adminUnitId')) return true;
  return set.status !== undefined && isInactive(set.status) !== isInactive(before.status);
}

/** A session token for a member, at their current generation; a refresh keeps the original sign-in time. */
export function memberSession(sessions: SessionTokens, member: MemberDoc, now: number, signedInAt?: number) {
  return sessions.issue({ memberId: member._id, generation: sessionGeneration(member) }, now, signedInAt);
}
