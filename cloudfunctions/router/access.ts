import type { Access, Audience, Edited, LinkKind, Scope } from '../../types/contract';
import { INACTIVE_MEMBER_STATUSES, MEMBER_STATUS_LABELS } from '../../types/labels';
import { inAudience as inActivityAudience } from '../modules/activities/audience';
import type { ActivityDoc } from '../modules/activities/activities.types';
import type { BindingRequestDoc, MemberDoc } from '../modules/members/members.types';
import { inBulletinAudience } from '../modules/notices/bulletin-audience';
import type { BulletinDoc } from '../modules/notices/bulletins.types';
import { inQuizAudience } from '../modules/quiz/audience';
import { CHALLENGE_BOARD } from '../modules/quiz/leaderboard.service';
import type { QuestionDoc, QuizDoc } from '../modules/quiz/quiz.types';
import { inContentAudience } from '../modules/study/content-access';
import type { ContentDoc, PlanDoc } from '../modules/study/study.types';
import { inAudience as inVoteAudience } from '../modules/votes/eligibility';
import type { VoteDoc } from '../modules/votes/votes.types';
import { inSurveyAudience } from '../modules/surveys/audience';
import type { ReviewRoundDoc } from '../modules/review/review.types';
import type { SurveyDoc } from '../modules/surveys/surveys.types';
import { boardUnitOf } from '../modules/forum/board-unit';
import type { TopicDoc } from '../modules/forum/forum.types';
import type { PublicityItemDoc } from '../modules/publicity/publicity.types';
import { verifiedWallLink } from '../modules/wall/wall-link-token';
import type { DocStore } from '../store/types';
import type { PersonalDataCipher } from '../security/personal-data';
import { AppError } from '../kernel/app-error';
import type { Caller } from '../kernel/context';
import { assertOutranks, pathInScope, ROLE_RANK } from '../kernel/scope';

/** Resolves the unit a scoped input points at; null when the target does not exist (members: see below). */
const SCOPE_TARGETS: Record<
  Exclude<Scope, 'none' | 'member'>,
  (input: Record<string, unknown>, store: DocStore) => Promise<string[] | null>
> = {
  async unit(input, store) {
    const unit = await store.collection<{ _id: string; path: string[] }>('units').get(String(input.unitId));
    return unit ? [...unit.path, unit._id] : null;
  },
  async activity(input, store) {
    const activity = await store
      .collection<{ _id: string; organiserPath: string[] }>('activities')
      .get(String(input.activityId));
    return activity ? activity.organiserPath : null;
  },
  async content(input, store) {
    const content = await store
      .collection<{ _id: string; audiencePath: string[] }>('contents')
      .get(String(input.contentId));
    return content ? content.audiencePath : null;
  },
  async plan(input, store) {
    const plan = await store.collection<{ _id: string; unitPath: string[] }>('plans').get(String(input.planId));
    return plan ? plan.unitPath : null;
  },
  async note(input, store) {
    const note = await store.collection<{ _id: string; unitPath: string[] }>('notes').get(String(input.noteId));
    return note ? note.unitPath : null;
  },
  async question(input, store) {
    const question = await store
      .collection<{ _id: string; bankPath: string[] }>('questions')
      .get(String(input.questionId));
    return question ? question.bankPath : null;
  },
  async quiz(input, store) {
    const quiz = await store.collection<{ _id: string; unitPath: string[] }>('quizzes').get(String(input.quizId));
    return quiz ? quiz.unitPath : null;
  },
  async questionReport(input, store) {
    const report = await store
      .collection<{ _id: string; bankPath: string[] }>('question_reports')
      .get(String(input.reportId));
    return report ? report.bankPath : null;
  },
  async questionDraft(input, store) {
    const draft = await store
      .collection<{ _id: string; bankPath: string[] }>('question_drafts')
      .get(String(input.draftId));
    return draft ? draft.bankPath : null;
  },
  async vote(input, store) {
    const vote = await store.collection<{ _id: string; unitPath: string[] }>('votes').get(String(input.voteId));
    return vote ? vote.unitPath : null;
  },
  async survey(input, store) {
    const survey = await store.collection<{ _id: string; unitPath: string[] }>('surveys').get(String(input.surveyId));
    return survey ? survey.unitPath : null;
  },
  async notice(input, store) {
    const notice = await store.collection<{ _id: string; unitPath: string[] }>('bulletins').get(String(input.noticeId));
    return notice ? notice.unitPath : null;
  },
  async suggestion(input, store) {
    const suggestion = await store
      .collection<{ _id: string; unitPath: string[] }>('suggestions')
      .get(String(input.suggestionId));
    return suggestion ? suggestion.unitPath : null;
  },
  async assessmentItem(input, store) {
    const item = await store
      .collection<{ _id: string; unitPath: string[] }>('assessment_items')
      .get(String(input.itemId));
    return item ? item.unitPath : null;
  },
  async guidance(input, store) {
    const note = await store
      .collection<{ _id: string; unitPath: string[] }>('guidance_notes')
      .get(String(input.guidanceId));
    return note ? note.unitPath : null;
  },
  async task(input, store) {
    const task = await store.collection<{ _id: string; unitPath: string[] }>('tasks').get(String(input.taskId));
    return task ? task.unitPath : null;
  },
  async reviewRound(input, store) {
    const round = await store
      .collection<{ _id: string; unitPath: string[] }>('review_rounds')
      .get(String(input.roundId));
    return round ? round.unitPath : null;
  },
  async forumTopic(input, store) {
    const topic = await store
      .collection<{ _id: string; unitPath: string[] }>('forum_topics')
      .get(String(input.topicId));
    return topic ? topic.unitPath : null;
  },
  async comment(input, store) {
    const comment = await store
      .collection<{ _id: string; managedPath: string[] }>('comments')
      .get(String(input.commentId));
    return comment ? comment.managedPath : null;
  },
  async transferFrom(input, store) {
    const transfer = await store
      .collection<{ _id: string; fromPath: string[] }>('transfers')
      .get(String(input.transferId));
    return transfer ? transfer.fromPath : null;
  },
  async transferTo(input, store) {
    const transfer = await store
      .collection<{ _id: string; toPath: string[] }>('transfers')
      .get(String(input.transferId));
    return transfer ? transfer.toPath : null;
  },
  async publicity(input, store) {
    const item = await store
      .collection<{ _id: string; unitPath: string[] }>('publicity_items')
      .get(String(input.publicityId));
    return item ? item.unitPath : null;
  },
  async bindingRequest(input, store) {
    const request = await store.collection<BindingRequestDoc>('binding_requests').get(String(input.requestId));
    return request ? request.unitPath : null;
  },
};

/** The input field naming the existing object a create-or-update route edits. */
const EDITED_FIELD: Record<Edited, string> = { content: 'contentId', question: 'questionId', quiz: 'quizId' };

/** What the audience check learns from the object a member route names: null when it does not exist. */
type AudienceFacts = {
  /** The caller is among the members it is meant for. */
  inAudience: boolean;
  /** The unit path an admin must manage to reach it without being in its audience. */
  managedPath: string[];
  /** Why a caller outside the audience is refused, and what to do. */
  refusal: string;
} | null;

const get = <T extends { _id: string }>(store: DocStore, collection: string, id: unknown) =>
  store.collection<T>(collection).get(String(id));

/** Resolves the object a member route names with one read by id, and whether the caller may reach it. */
const AUDIENCE_OBJECTS: Record<
  Exclude<Audience, 'own'>,
  (input: Record<string, unknown>, member: MemberDoc, store: DocStore) => Promise<AudienceFacts>
> = {
  async activity(input, member, store) {
    const activity = await get<ActivityDoc>(store, 'activities', input.activityId);
    return activity
      ? {
          inAudience: inActivityAudience(activity, member),
          managedPath: activity.organiserPath,
          refusal: '这个活动只面向组织单位的党员，您不在参加范围内；如需参加请联系组织者。',
        }
      : null;
  },
  async content(input, member, store) {
    const content = await get<ContentDoc>(store, 'contents', input.contentId);
    return content ? contentFacts(content, member) : null;
  },
  async noteTarget(input, member, store) {
    if (input.targetKind !== 'plan') return AUDIENCE_OBJECTS.content({ contentId: input.targetId }, member, store);
    const plan = await get<PlanDoc>(store, 'plans', input.targetId);
    return plan
      ? {
          inAudience: member.unitPath.includes(plan.unitId),
          managedPath: plan.unitPath,
          refusal: '这个学习计划不面向您所在的单位；如有疑问请联系支部管理员。',
        }
      : null;
  },
  async quiz(input, member, store) {
    const quiz = await get<QuizDoc>(store, 'quizzes', input.quizId);
    return quiz ? quizFacts(quiz, member) : null;
  },
  async board(input, member, store) {
    // The challenge board is every member's; a quiz's board is its audience's.
    if (input.board === CHALLENGE_BOARD) return { inAudience: true, managedPath: [], refusal: '' };
    const quiz = await get<QuizDoc>(store, 'quizzes', input.board);
    return quiz ? quizFacts(quiz, member) : null;
  },
  async question(input, member, store) {
    const question = await get<QuestionDoc>(store, 'questions', input.questionId);
    return question
      ? {
          inAudience: member.unitPath.includes(question.bankUnitId),
          managedPath: question.bankPath,
          refusal: '这道题不在您所在单位的题库里；如有疑问请联系支部管理员。',
        }
      : null;
  },
  async member(input, member, store) {
    if (input.memberId === undefined || input.memberId === member._id)
      return { inAudience: true, managedPath: [], refusal: '' };
    const target = await get<MemberDoc>(store, 'members', input.memberId);
    return target
      ? {
          inAudience: false,
          managedPath: target.unitPath,
          refusal: '只能查看本人的信息；其他党员的情况请联系其所在支部的书记。',
        }
      : null;
  },
  async notice(input, member, store) {
    const notice = await get<BulletinDoc>(store, 'bulletins', input.noticeId);
    return notice
      ? {
          inAudience: inBulletinAudience(notice, member),
          managedPath: notice.unitPath,
          refusal: '这条通知不是发给您的；如有疑问请联系发布单位。',
        }
      : null;
  },
  async vote(input, member, store) {
    const vote = await get<VoteDoc>(store, 'votes', input.voteId);
    return vote
      ? {
          inAudience: inVoteAudience(vote, member),
          managedPath: vote.unitPath,
          refusal: `这次投票只面向${vote.unitName}的党员；如有疑问请联系支部书记。`,
        }
      : null;
  },
  async reviewRound(input, member, store) {
    const round = await get<ReviewRoundDoc>(store, 'review_rounds', input.roundId);
    return round
      ? {
          inAudience: member.unitPath.includes(round.unitId),
          managedPath: round.unitPath,
          refusal: `这次民主评议只面向${round.unitName}的党员；如有疑问请联系支部书记。`,
        }
      : null;
  },
  async survey(input, member, store) {
    const survey = await get<SurveyDoc>(store, 'surveys', input.surveyId);
    return survey
      ? {
          inAudience: inSurveyAudience(survey, member),
          managedPath: survey.unitPath,
          refusal: `这份问卷只面向${survey.unitName}的党员；如有疑问请联系支部书记。`,
        }
      : null;
  },
  async forumTopic(input, member, store) {
    const topic = await get<TopicDoc>(store, 'forum_topics', input.topicId);
    return topic
      ? {
          inAudience: (await boardUnitOf({ store }, member)).unitId === topic.unitId,
          managedPath: topic.unitPath,
          refusal: `这是${topic.unitName}的交流园地，只有本支部党员可以参与。`,
        }
      : null;
  },
  async publicity(input, member, store) {
    const item = await get<PublicityItemDoc>(store, 'publicity_items', input.publicityId);
    return item
      ? {
          inAudience: member.unitPath.includes(item.unitId),
          managedPath: item.unitPath,
          refusal: `这条公示只面向${item.unitName}的党员；如有疑问请联系该单位党组织。`,
        }
      : null;
  },
  async commentTarget(input, member, store) {
    return input.targetKind === 'activity'
      ? AUDIENCE_OBJECTS.activity({ activityId: input.targetId }, member, store)
      : AUDIENCE_OBJECTS.content({ contentId: input.targetId }, member, store);
  },
};

function contentFacts(content: ContentDoc, member: MemberDoc): AudienceFacts {
  return {
    inAudience: inContentAudience(content, member),
    managedPath: content.audiencePath,
    refusal: '这篇内容不在您的学习范围内；如有需要请联系支部管理员。',
  };
}

function quizFacts(quiz: QuizDoc, member: MemberDoc): AudienceFacts {
  return {
    inAudience: inQuizAudience(quiz, member),
    managedPath: quiz.unitPath,
    refusal: '这场考试或竞赛不面向您所在的单位；如有疑问请联系组织者。',
  };
}

/** A member reaches an object they are in the audience of, or (unless `audienceOnly`) one they manage as an admin. */
async function assertReaches(
  access: { audience: Audience; audienceOnly?: true },
  member: MemberDoc,
  input: unknown,
  store: DocStore,
): Promise<void> {
  if (access.audience === 'own') return;
  const facts = await AUDIENCE_OBJECTS[access.audience](input as Record<string, unknown>, member, store);
  if (!facts) throw new AppError('NOT_FOUND');
  const manages =
    !access.audienceOnly && ROLE_RANK[member.role] >= ROLE_RANK.branch_admin && pathInScope(member, facts.managedPath);
  if (!facts.inAudience && !manages) throw new AppError('FORBIDDEN', facts.refusal);
}

/** A member an admin route acts on: in the caller's subtree (unless the route says otherwise) and outranked. */
async function assertActsOnMember(admin: MemberDoc, memberId: unknown, inScope: boolean, store: DocStore) {
  const target = await get<MemberDoc>(store, 'members', memberId);
  if (!target) throw new AppError('NOT_FOUND', '没有找到这位党员，可能已被删除，请返回刷新。');
  if (inScope && !pathInScope(admin, target.unitPath)) throw new AppError('OUT_OF_SCOPE');
  assertOutranks(admin, target);
}

/** Members transferred out or suspended keep only routes declared for them (their own data), whatever their role. */
function assertActiveMember(member: MemberDoc): void {
  if (!INACTIVE_MEMBER_STATUSES.includes(member.status)) return;
  throw new AppError(
    'FORBIDDEN',
    `您的党籍状态为“${MEMBER_STATUS_LABELS[member.status]}”，只能查看和下载本人的信息；如有疑问，请联系原所在支部。`,
  );
}

/** The object a scoped input names exists and lies in the admin's subtree. */
async function assertInScope(
  admin: MemberDoc,
  scope: Exclude<Scope, 'none' | 'member'>,
  input: Record<string, unknown>,
  store: DocStore,
): Promise<void> {
  const path = await SCOPE_TARGETS[scope](input, store);
  if (!path) throw new AppError('NOT_FOUND');
  if (!pathInScope(admin, path)) throw new AppError('OUT_OF_SCOPE');
}

/** What verifying a link needs besides the store: the server key its MAC is made with, and the time. */
export interface LinkKeys {
  pii: PersonalDataCipher;
  now: number;
}

/** Verifies the link a link route's input carries; throws (FORBIDDEN, with what to do) if it is not valid. */
const LINK_CHECKS: Record<
  LinkKind,
  (input: Record<string, unknown>, store: DocStore, keys: LinkKeys) => Promise<unknown>
> = {
  wall: (input, store, keys) => verifiedWallLink(String(input.token), { store, ...keys }),
};

/** Enforces a route's declared access on the server; throws the code the caller should see. */
export async function authorise(
  access: Access,
  caller: Caller,
  input: unknown,
  store: DocStore,
  keys: LinkKeys,
): Promise<void> {
  switch (access.role) {
    case 'public':
      return;
    case 'link':
      // Whoever holds the link, signed in or not: the link, not the caller, grants the read.
      await LINK_CHECKS[access.link](input as Record<string, unknown>, store, keys);
      return;
    case 'system':
      if (caller.kind !== 'system') throw new AppError('FORBIDDEN');
      return;
    case 'wechat':
      if (caller.kind !== 'wechat' && caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      return;
    case 'member':
      if (caller.kind === 'wechat') throw new AppError('NOT_BOUND');
      if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      if (!access.inactiveMembers) assertActiveMember(caller.member);
      if (access.audience) await assertReaches({ ...access, audience: access.audience }, caller.member, input, store);
      return;
    default: {
      if (caller.kind === 'wechat') throw new AppError('NOT_BOUND');
      if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      assertActiveMember(caller.member);
      if (ROLE_RANK[caller.member.role] < ROLE_RANK[access.role]) throw new AppError('FORBIDDEN');
      const fields = input as Record<string, unknown>;
      // The member scope reads its target once, for the subtree and the role ceiling together.
      if (access.scope === 'member') await assertActsOnMember(caller.member, fields.memberId, true, store);
      else if (access.scope !== 'none') await assertInScope(caller.member, access.scope, fields, store);
      if (access.actsOnMember)
        await assertActsOnMember(caller.member, fields.memberId, access.actsOnMember.inScope, store);
      if (access.edits && fields[EDITED_FIELD[access.edits]] !== undefined)
        await assertInScope(caller.member, access.edits, fields, store);
    }
  }
}
