/**
 * How a route is declared: who may call it, on what scope, and whether it writes. The contract and the
 * per-module route tables use this; it imports nothing local, like the rest of `types/`.
 */
import type { z } from 'zod';
import type { FunctionName, FunctionOf } from './functions';

/**
 * What an admin route's input points at, which must lie inside the caller's subtree:
 * `unit` → `input.unitId`; `member` → the unit of `input.memberId`, a member the caller must also outrank
 * (the role ceiling); `bindingRequest` → the unit of
 * `input.requestId`; `activity` → the organiser unit of `input.activityId`; `content` → the audience unit
 * of `input.contentId`; `plan` → the unit of `input.planId`; `note` → the writer's unit of `input.noteId`;
 * `notice` → the publishing unit of `input.noticeId`;
 * `question` → the bank unit of `input.questionId`; `quiz` → the organiser unit of `input.quizId`;
 * `questionReport` → the bank unit of the question `input.reportId` is about; `vote` → the unit of `input.voteId`;
 * `questionDraft` → the bank unit `input.draftId` was drafted for; `survey` → the unit of `input.surveyId`;
 * `suggestion` → the unit `input.suggestionId` was addressed to; `task` → the unit of `input.taskId`;
 * `publicity` → the board unit of `input.publicityId`;
 * `transferFrom` / `transferTo` → the sending / receiving unit of `input.transferId` (none for one leaving the system);
 * `reviewRound` → the branch of the 民主评议 round `input.roundId`;
 * `assessmentItem` → the member's unit path of the manual item `input.itemId`; `guidance` → the member's unit path
 * of the guidance note `input.guidanceId`;
 * `forumTopic` → the board unit of `input.topicId`; `comment` → the unit that manages what `input.commentId`
 * is under (a study item's audience unit, an activity's organiser);
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
  | 'questionDraft'
  | 'vote'
  | 'survey'
  | 'notice'
  | 'suggestion'
  | 'task'
  | 'transferFrom'
  | 'transferTo'
  | 'reviewRound'
  | 'assessmentItem'
  | 'guidance'
  | 'forumTopic'
  | 'comment'
  | 'publicity'
  | 'none';

/**
 * An existing object a create-or-update admin route may name to change it, besides its scope's unit:
 * `content` → `input.contentId`, `question` → `input.questionId`, `quiz` → `input.quizId`. When named, it
 * must lie inside the caller's subtree too (resolved as the scope of that name).
 */
export type Edited = 'content' | 'question' | 'quiz';

/**
 * What a member route's input names, which the caller must be in the audience of, or manage as an admin
 * whose subtree holds it: `activity` → `input.activityId` (open to all, or the organiser's subtree);
 * `content` → `input.contentId` (its audience unit's subtree); `quiz` → `input.quizId` (its audience units,
 * else its organiser's subtree); `board` → `input.board` (a quiz as `quiz`; the challenge board is everyone's);
 * `question` → `input.questionId` (its bank unit's subtree); `vote` → `input.voteId` (its unit's subtree);
 * `notice` → `input.noticeId` (its addressees, or its publishing unit's subtree); `survey` → `input.surveyId`
 * (its unit's subtree, once published); `reviewRound` → `input.roundId` (the members of its branch);
 * `noteTarget` → `input.targetId`, a content or plan as `input.targetKind` says (a plan: its unit's subtree);
 * `own` → the id names the caller's own record (an attempt, a study session), which the service reads by
 * owner, so the router reads nothing; `member` → `input.memberId`, absent or the caller (their own data),
 * else a member whose unit lies in an admin caller's subtree; `forumTopic` → `input.topicId` (its board's
 * unit: that unit's members); `commentTarget` → `input.targetId`, a content or activity as `input.targetKind`
 * says (as `content` or `activity`); `publicity` → `input.publicityId` (its board unit's subtree).
 */
export type Audience =
  | 'activity'
  | 'content'
  | 'quiz'
  | 'board'
  | 'question'
  | 'vote'
  | 'survey'
  | 'notice'
  | 'noteTarget'
  | 'reviewRound'
  | 'own'
  | 'member'
  | 'forumTopic'
  | 'commentTarget'
  | 'publicity';

/**
 * A signed, expiring link an admin issued for people without a session: `wall` → `input.token`, a 大屏 link
 * bound to one unit, which the router verifies (signature, expiry, revocation) before the service runs.
 */
export type LinkKind = 'wall';

/**
 * Who may call a route.
 * - public: anyone, signed in or not.
 * - wechat: a person the platform vouches for (WeChat OPENID, or a session), bound to a member or not.
 * - member: any bound member; with `audience`, only one in the audience of the object the input names, or
 *   an admin whose subtree holds it (not with `audienceOnly`).
 *   Members transferred out or suspended are refused unless the route declares `inactiveMembers: 'own-data'`
 *   (it only shows or ends what is theirs); admin routes refuse them whatever their role.
 * - admin roles: that role or higher, on the declared scope. A `member` scope also needs the caller to
 *   outrank the member; `actsOnMember` declares a second target, `input.memberId`, whom the caller must
 *   outrank and (with `inScope`) have in their subtree; `edits`, an existing object the input may name.
 * - system: only the platform itself (timers, the deploy console), never a signed-in person.
 * - link: whoever holds a valid link of that kind, signed in or not; the link alone says what they may read.
 */
export type Access =
  | { role: 'public' }
  | { role: 'wechat' }
  | {
      role: 'member';
      audience?: Audience;
      /** Only the audience itself: an admin who manages the object but is not among those it is for is refused. */
      audienceOnly?: true;
      inactiveMembers?: 'own-data';
    }
  | {
      role: 'branch_admin' | 'org_admin' | 'super_admin';
      scope: Scope;
      actsOnMember?: { inScope: boolean };
      edits?: Edited;
    }
  | { role: 'system' }
  | { role: 'link'; link: LinkKind };

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

/**
 * `T`, a cloud function's route table, provided `functionOf` sends every route in it to `F`; a route of
 * another function makes naming it a compile error (the def must be `never`).
 */
export type OwnRoutes<
  F extends FunctionName,
  T extends { [R in keyof T]: R extends string ? (FunctionOf<R> extends F ? RouteDef : never) : never },
> = T;
