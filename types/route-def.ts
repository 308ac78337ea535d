/**
 * How a route is declared: who may call it, on what scope, and whether it writes. The contract and the
 * per-module route tables use this; it imports nothing local, like the rest of `types/`.
 */
import type { z } from 'zod';

/**
 * What an admin route's input points at, which must lie inside the caller's subtree:
 * `unit` → `input.unitId`; `member` → the unit of `input.memberId`; `bindingRequest` → the unit of
 * `input.requestId`; `activity` → the organiser unit of `input.activityId`; `content` → the audience unit
 * of `input.contentId`; `plan` → the unit of `input.planId`; `note` → the writer's unit of `input.noteId`;
 * `question` → the bank unit of `input.questionId`; `quiz` → the organiser unit of `input.quizId`;
 * `questionReport` → the bank unit of the question `input.reportId` is about; `vote` → the unit of `input.voteId`;
 * `none` → nothing (the route checks what it needs itself).
 */
export type Scope =
  | 'unit'
  | 'member'
  | 'bindingRequest'
  | 'activity'
  | 'content'
  | 'plan'
  | 'note'
  | 'question'
  | 'quiz'
  | 'questionReport'
  | 'vote'
  | 'none';

/**
 * Who may call a route.
 * - public: anyone, signed in or not.
 * - wechat: a person the platform vouches for (WeChat OPENID, or a session), bound to a member or not.
 * - member: any bound member.
 *   Members transferred out or suspended are refused unless the route declares `inactiveMembers: 'own-data'`
 *   (it only shows or ends what is theirs); admin routes refuse them whatever their role.
 * - admin roles: that role or higher, on the declared scope.
 * - system: only the platform itself (timers, the deploy console), never a signed-in person.
 */
export type Access =
  | { role: 'public' }
  | { role: 'wechat' }
  | { role: 'member'; inactiveMembers?: 'own-data' }
  | { role: 'branch_admin' | 'org_admin' | 'super_admin'; scope: Scope }
  | { role: 'system' };

export interface RouteDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Write routes are rate limited and audited. */
  writes: boolean;
  summary: string;
  /** Larger than the default 64 KiB input, for uploads. */
  maxInputBytes?: number;
}

export function route<I extends z.ZodType, O extends z.ZodType>(def: RouteDef<I, O>): RouteDef<I, O> {
  return def;
}
