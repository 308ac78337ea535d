import type { z } from 'zod';
import type { AdminSuggestion, MySuggestion, SuggestionSubmitInput } from '../../../types/schemas/engage';
import { SUGGESTION_CATEGORY_LABELS, SUGGESTION_STATUSES, type SuggestionStatus } from '../../../types/engage-labels';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import { notify } from '../notices/notify';
import { chinaDay } from '../shared/china-time';
import { engageRepository } from './engage.repository';
import { authorKeyOf, authorMarks } from './suggestion-author';
import type { SuggestionDoc } from './engage.types';

/**
 * The suggestion box (意见建议): a member writes to their branch, by name or anonymous to its admins. An
 * anonymous suggestion keeps only a keyed mark of its writer (to list it among theirs) and their id sealed
 * with the server key (to deliver the reply); no admin route returns either.
 */
const monthOf = (epoch: number) => chinaDay(epoch).slice(0, 7);

function mine(doc: SuggestionDoc): z.output<typeof MySuggestion> {
  return {
    suggestionId: doc._id,
    category: doc.category,
    text: doc.text,
    anonymous: doc.anonymous,
    status: doc.status,
    unitName: doc.unitName,
    reply: doc.reply,
    repliedAt: doc.repliedAt,
    createdAt: doc.createdAt,
  };
}

function forAdmin(doc: SuggestionDoc): z.output<typeof AdminSuggestion> {
  return { ...mine(doc), authorName: doc.anonymous ? null : (doc.authorName ?? null) };
}

export async function submitSuggestion(ctx: CallContext, input: z.output<typeof SuggestionSubmitInput>) {
  const member = requireMember(ctx);
  if ((await ctx.platform.contentSafety.checkText(input.text, callerOpenid(ctx))) === 'risky')
    throw new AppError('VALIDATION_FAILED', '内容含有不适宜的词语，请修改后再提交。', { text: '请修改不适宜的词语' });
  const unit = await membersRepository(ctx.store).unitById(member.unitId);
  const doc: SuggestionDoc = {
    _id: newId('sg'),
    unitId: member.unitId,
    unitPath: [...member.unitPath],
    unitName: unit?.name ?? '',
    category: input.category,
    text: input.text,
    anonymous: input.anonymous,
    ...authorMarks(ctx.pii, member._id),
    ...(input.anonymous ? {} : { authorId: member._id, authorName: member.name }),
    status: 'received',
    month: monthOf(ctx.now),
    reply: null,
    repliedAt: null,
    createdAt: ctx.now,
  };
  await engageRepository(ctx.store).suggestions.insert(doc);
  return mine(doc);
}

export async function mySuggestions(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { suggestions } = engageRepository(ctx.store);
  const filter = { authorKey: authorKeyOf(ctx.pii, member._id) };
  const [items, total] = await Promise.all([
    suggestions.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    suggestions.count(filter),
  ]);
  return { items: items.map(mine), total };
}

export async function unitSuggestions(
  ctx: CallContext,
  input: { unitId: string; status?: SuggestionStatus; skip: number; limit: number },
) {
  const { suggestions } = engageRepository(ctx.store);
  const filter = { unitPath: input.unitId, ...(input.status ? { status: input.status } : {}) };
  const month = monthOf(ctx.now);
  const [items, total, ...perStatus] = await Promise.all([
    suggestions.find(filter, { sort: [['createdAt', -1]], skip: input.skip, limit: input.limit }),
    suggestions.count(filter),
    ...SUGGESTION_STATUSES.map((status) => suggestions.count({ unitPath: input.unitId, month, status })),
  ]);
  const [received = 0, inProgress = 0, answered = 0] = perStatus;
  return {
    items: items.map(forAdmin),
    total,
    thisMonth: { received, in_progress: inProgress, answered },
  };
}

async function loadSuggestion(ctx: CallContext, suggestionId: string) {
  const doc = await engageRepository(ctx.store).suggestions.get(suggestionId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这条建议，请返回刷新。');
  return doc;
}

export async function markInProgress(ctx: CallContext, suggestionId: string) {
  const doc = await loadSuggestion(ctx, suggestionId);
  const changed = await engageRepository(ctx.store).suggestions.updateWhere(
    { _id: doc._id, status: 'received' },
    { $set: { status: 'in_progress' } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '这条建议已在处理或已答复，请刷新后查看。');
  await appendAudit(ctx, {
    action: 'suggestion.progress',
    summary: `将一条${SUGGESTION_CATEGORY_LABELS[doc.category]}建议标记为处理中`,
    targetId: doc._id,
    unitPath: doc.unitPath,
  });
  return forAdmin({ ...doc, status: 'in_progress' });
}

/** Answers once: the conditional update decides between two admins replying at once, so one notice goes out. */
export async function replySuggestion(ctx: CallContext, suggestionId: string, reply: string) {
  const doc = await loadSuggestion(ctx, suggestionId);
  const changed = await engageRepository(ctx.store).suggestions.updateWhere(
    { _id: doc._id, status: { $in: ['received', 'in_progress'] } },
    { $set: { status: 'answered', reply, repliedAt: ctx.now } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '这条建议已经答复过了，请刷新后查看。');
  await appendAudit(ctx, {
    action: 'suggestion.reply',
    summary: `答复了一条${SUGGESTION_CATEGORY_LABELS[doc.category]}建议`,
    targetId: doc._id,
    unitPath: doc.unitPath,
  });
  const author = await membersRepository(ctx.store).memberById(ctx.pii.decrypt(doc.authorSealed));
  if (author)
    await notify(ctx, author, '您的建议有了答复', `${doc.unitName}答复了您的建议：${reply}`, 'notice_reminder');
  return forAdmin({ ...doc, status: 'answered', reply, repliedAt: ctx.now });
}
