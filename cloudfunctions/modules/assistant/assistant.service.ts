import type { z } from 'zod';
import type { AskInput, Turn } from '../../../types/schemas/assistant';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { publish } from '../../kernel/events';
import { localModel } from '../../platform/models';
import { newId } from '../audit/audit';
import type { MemberDoc } from '../members/members.types';
import { composeAnswer, type ComposedAnswer } from './answer';
import { assistantRepository } from './assistant.repository';
import type { ConversationDoc } from './assistant.types';
import { earlierMessages, followUpSearch, refersBack } from './follow-up';
import { NO_ANSWER_TEXT, REFUSAL_TEXT, screenQuestion } from './guard';
import { DAILY_QUESTION_LIMIT, remainingToday, takeQuestion } from './quota';
import { retrieve, type ScoredPassage } from './retrieval';

/**
 * 问一问: a member's question answered only from passages of the study library they may read, with the
 * passages cited. Question and answer both pass content safety; a question outside Party study is refused.
 */
const PASSAGES_PER_ANSWER = 3;
/** The best passage must span this share of the question's characters, or the library has no answer. */
const MIN_COVERAGE = 0.4;
/** Passages scoring under this share of the best are left out of the answer. */
const RELATIVE_CUTOFF = 0.5;
const MAX_TURNS = 20;

type TurnView = z.output<typeof Turn>;

const covers = (best: ScoredPassage | undefined) => best !== undefined && best.coverage >= MIN_COVERAGE;

/** A follow-up is searched alone when it can be; with what it follows when it points back or finds nothing. */
async function passagesFor(ctx: CallContext, member: MemberDoc, question: string, earlier: TurnView[]) {
  const withEarlier = followUpSearch(question, earlier);
  if (withEarlier && refersBack(question)) return retrieve(ctx, member, withEarlier, PASSAGES_PER_ANSWER);
  const alone = await retrieve(ctx, member, question, PASSAGES_PER_ANSWER);
  if (!withEarlier || covers(alone[0])) return alone;
  return retrieve(ctx, member, withEarlier, PASSAGES_PER_ANSWER);
}

async function answerFor(
  ctx: CallContext,
  member: MemberDoc,
  question: string,
  earlier: TurnView[],
): Promise<ComposedAnswer | null> {
  const scored = await passagesFor(ctx, member, question, earlier);
  const best = scored[0];
  if (!best || !covers(best)) return null;
  const used = scored.filter((passage) => passage.score >= best.score * RELATIVE_CUTOFF);
  const answer = await composeAnswer(ctx.platform.models, question, used, earlierMessages(earlier)).catch(
    // A model that fails or times out costs the member nothing: the passages are quoted instead.
    () => composeAnswer(localModel, question, used),
  );
  if (
    answer.kind === 'generated' &&
    (await ctx.platform.contentSafety.checkText(answer.text, callerOpenid(ctx))) === 'risky'
  )
    return composeAnswer(localModel, question, used);
  return answer;
}

async function turnFor(ctx: CallContext, member: MemberDoc, question: string, earlier: TurnView[]): Promise<TurnView> {
  const refused = { question, answer: REFUSAL_TEXT, kind: 'refused' as const, citations: [], at: ctx.now };
  if (screenQuestion(question) !== 'ok') return refused;
  if ((await ctx.platform.contentSafety.checkText(question, callerOpenid(ctx))) === 'risky') return refused;
  const answer = await answerFor(ctx, member, question, earlier);
  if (!answer || answer.kind === 'noAnswer')
    return { question, answer: NO_ANSWER_TEXT, kind: 'noAnswer', citations: [], at: ctx.now };
  return { question, answer: answer.text, kind: answer.kind, citations: answer.citations, at: ctx.now };
}

async function ownConversation(ctx: CallContext, member: MemberDoc, conversationId: string) {
  const conversation = await assistantRepository(ctx.store).conversations.get(conversationId);
  if (!conversation || conversation.memberId !== member._id)
    throw new AppError('NOT_FOUND', '没有找到这段对话，可能已经删除，请返回刷新。');
  return conversation;
}

export async function ask(ctx: CallContext, input: z.output<typeof AskInput>) {
  const member = requireMember(ctx);
  const { conversations } = assistantRepository(ctx.store);
  const existing = input.conversationId ? await ownConversation(ctx, member, input.conversationId) : null;
  const { remaining, firstInMonth } = await takeQuestion(ctx, member);
  const turn = await turnFor(ctx, member, input.question, existing?.turns ?? []);
  let conversationId: string;
  if (existing) {
    // The newest turns are kept; a long conversation forgets its oldest questions.
    const turns = [...existing.turns, turn].slice(-MAX_TURNS);
    await conversations.updateWhere({ _id: existing._id }, { $set: { turns, updatedAt: ctx.now } });
    conversationId = existing._id;
  } else {
    const doc: ConversationDoc = {
      _id: newId('conv'),
      memberId: member._id,
      title: [...input.question].slice(0, 30).join(''),
      turns: [turn],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await conversations.insert(doc);
    conversationId = doc._id;
  }
  await publish(ctx, {
    type: 'assistant.asked',
    payload: { memberId: member._id, unitPath: member.unitPath, at: ctx.now, firstInMonth },
  });
  return { conversationId, turn, remainingToday: remaining };
}

export async function listConversations(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const page = await assistantRepository(ctx.store).conversations.find(
    { memberId: member._id },
    { sort: [['updatedAt', -1]], skip, limit: limit + 1 },
  );
  return {
    items: page.slice(0, limit).map((conversation) => ({
      conversationId: conversation._id,
      title: conversation.title,
      turnCount: conversation.turns.length,
      updatedAt: conversation.updatedAt,
    })),
    hasMore: page.length > limit,
    remainingToday: await remainingToday(ctx, member),
    dailyLimit: DAILY_QUESTION_LIMIT,
  };
}

export async function getConversation(ctx: CallContext, conversationId: string) {
  const conversation = await ownConversation(ctx, requireMember(ctx), conversationId);
  return {
    conversationId: conversation._id,
    title: conversation.title,
    turns: conversation.turns,
    updatedAt: conversation.updatedAt,
  };
}

export async function deleteConversation(ctx: CallContext, conversationId: string) {
  const member = requireMember(ctx);
  const removed = await assistantRepository(ctx.store).conversations.removeWhere({
    _id: conversationId,
    memberId: member._id,
  });
  return { deleted: removed > 0 };
}
