import * as z from 'zod';
import { QUESTION_TYPE_LABELS } from '../../../types/labels';
import type { QuestionDraft } from '../../../types/schemas/question-drafts';
import { QuestionSaveInput, questionRuleProblems } from '../../../types/schemas/quiz';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { pathInScope } from '../../kernel/scope';
import type { Filter } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import { saveQuestion } from '../quiz/questions.service';
import { studyRepository } from '../study/study.repository';
import { draftFromKeySentences, type DraftContent } from './drafts-local';
import { draftWithModel } from './drafts-model';
import type { QuestionDraftDoc } from './drafts.types';

/**
 * Question drafts (AI 出题): drafted from a content item for a unit's bank, reviewed, edited, then accepted
 * into the bank through the question service (one question per draft, however often it is accepted) or
 * discarded. Every write is audited.
 */
const drafts = (ctx: CallContext) => ctx.store.collection<QuestionDraftDoc>('question_drafts');

export function draftView(doc: QuestionDraftDoc): QuestionDraft {
  return {
    draftId: doc._id,
    unitId: doc.bankUnitId,
    contentId: doc.contentId,
    contentTitle: doc.contentTitle,
    type: doc.type,
    stem: doc.stem,
    options: doc.options,
    answer: doc.answer,
    explanation: doc.explanation,
    tags: doc.tags,
    difficulty: doc.difficulty,
    passage: doc.passage,
    passageRef: doc.passageRef,
    origin: doc.origin,
    status: doc.status,
    questionId: doc.questionId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

async function bankPathOf(ctx: CallContext, unitId: string): Promise<string[]> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '题库所属单位不存在或已撤销，请返回刷新。');
  return [...unit.path, unit._id];
}

/** The item must be one the bank's members may read, or one the admin manages. */
async function sourceContent(ctx: CallContext, contentId: string, bankPath: string[]) {
  const content = await studyRepository(ctx.store).contents.get(contentId);
  if (!content) throw new AppError('NOT_FOUND', '没有找到这篇学习内容，可能已被删除，请重新选择。');
  const readByBank = bankPath.includes(content.audienceUnitId);
  if (!readByBank && !pathInScope(requireMember(ctx), content.audiencePath))
    throw new AppError('OUT_OF_SCOPE', '这篇内容不面向该题库所属单位，不能用来出题；请选择本单位可学的内容。');
  return content;
}

export async function generateDrafts(ctx: CallContext, input: { unitId: string; contentId: string; count: number }) {
  const admin = requireMember(ctx);
  const bankPath = await bankPathOf(ctx, input.unitId);
  const content = await sourceContent(ctx, input.contentId, bankPath);
  const fromModel = await draftWithModel(ctx.platform.models, content, input.count);
  const drafted: DraftContent[] = fromModel?.drafts.length
    ? fromModel.drafts
    : draftFromKeySentences(content, input.count);
  const origin = fromModel?.drafts.length ? 'model' : 'rules';
  // Drafting the same item again adds only questions not already drafted for this bank.
  const earlier = await drafts(ctx).find(
    { bankUnitId: input.unitId, contentId: content._id, status: { $ne: 'rejected' } },
    { limit: 100 },
  );
  const fresh = drafted.filter((draft) => !earlier.some((doc) => doc.stem === draft.stem));
  const docs: QuestionDraftDoc[] = fresh.map((draft, index) => ({
    // One drafting's questions share a time; the numbered prefix keeps them in the order they were drafted
    // (the list breaks ties by id).
    _id: newId(`qd${String(index).padStart(2, '0')}`),
    bankUnitId: input.unitId,
    bankPath,
    contentId: content._id,
    contentTitle: content.title,
    ...draft,
    tags: content.tags.filter((tag) => tag.length <= 12).slice(0, 5),
    origin,
    status: 'pending',
    questionId: null,
    version: 1,
    createdBy: admin._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }));
  for (const doc of docs) await drafts(ctx).insert(doc);
  if (docs.length)
    await appendAudit(ctx, {
      action: 'questionDraft.generate',
      summary: `从「${content.title.slice(0, 20)}」生成了 ${docs.length} 道题目草稿（${origin === 'model' ? '大模型' : '关键句规则'}）`,
      targetId: content._id,
      targetName: content.title.slice(0, 30),
      unitPath: bankPath,
    });
  return { drafts: docs.map(draftView), origin, note: noteFor(docs.length, drafted.length, input.count) } as const;
}

function noteFor(created: number, drafted: number, asked: number): string {
  if (drafted === 0) return '这篇内容里没有找到适合出题的关键句，请换一篇内容，或在题库中手动出题。';
  if (created < drafted) return `有 ${drafted - created} 道与已有草稿相同，未重复生成。`;
  if (created < asked) return `这篇内容只找到 ${created} 处适合出题的关键句。`;
  return '';
}

export async function listDrafts(
  ctx: CallContext,
  input: { unitId: string; contentId?: string; status?: string; skip: number; limit: number },
) {
  const filter: Filter = { bankUnitId: input.unitId };
  if (input.contentId) filter.contentId = input.contentId;
  if (input.status) filter.status = input.status;
  const [page, total] = await Promise.all([
    drafts(ctx).find(filter, {
      sort: [
        ['createdAt', -1],
        ['_id', 1],
      ],
      skip: input.skip,
      limit: input.limit,
    }),
    drafts(ctx).count(filter),
  ]);
  return { items: page.map(draftView), total };
}

async function loadDraft(ctx: CallContext, draftId: string): Promise<QuestionDraftDoc> {
  const doc = await drafts(ctx).get(draftId);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这道草稿，可能已被处理，请返回刷新。');
  return doc;
}

function assertPending(doc: QuestionDraftDoc): void {
  if (doc.status === 'accepted') throw new AppError('CONFLICT', '这道草稿已入题库，请到题库中修改题目。');
  if (doc.status === 'rejected') throw new AppError('CONFLICT', '这道草稿已舍弃，如需要请重新生成。');
}

function assertQuestionRules(draft: Pick<QuestionDraftDoc, 'type' | 'options' | 'answer'>): void {
  const problems = questionRuleProblems(draft);
  if (problems.length)
    throw new AppError(
      'VALIDATION_FAILED',
      `${problems[0]!.message}，请修改后再保存。`,
      Object.fromEntries(problems.map((p) => [p.path[0], p.message])),
    );
}

export async function updateDraft(
  ctx: CallContext,
  input: Pick<QuestionDraftDoc, 'stem' | 'options' | 'answer' | 'explanation' | 'tags' | 'difficulty'> & {
    draftId: string;
  },
) {
  const doc = await loadDraft(ctx, input.draftId);
  assertPending(doc);
  const { draftId, ...edit } = input;
  assertQuestionRules({ type: doc.type, ...edit });
  const changed = await drafts(ctx).updateWhere(
    { _id: draftId, status: 'pending', version: doc.version },
    { $set: { ...edit, version: doc.version + 1, updatedAt: ctx.now } },
  );
  if (!changed) throw new AppError('CONFLICT', '这道草稿刚被别人处理过，请返回刷新后再改。');
  await appendAudit(ctx, {
    action: 'questionDraft.edit',
    summary: `修改了题目草稿「${edit.stem.slice(0, 20)}」`,
    targetId: doc._id,
    targetName: edit.stem.slice(0, 30),
    unitPath: doc.bankPath,
    changes: [
      { field: '题干', before: doc.stem, after: edit.stem },
      { field: '答案', before: doc.answer.join('、'), after: edit.answer.join('、') },
    ].filter((change) => change.before !== change.after),
  });
  return draftView({ ...doc, ...edit, version: doc.version + 1, updatedAt: ctx.now });
}

/** The bank question a draft becomes: its content, and its source — the item and passage — in `source`. */
function questionInput(doc: QuestionDraftDoc) {
  return QuestionSaveInput.parse({
    unitId: doc.bankUnitId,
    type: doc.type,
    stem: doc.stem,
    options: doc.options,
    answer: doc.answer,
    explanation: doc.explanation,
    tags: doc.tags,
    difficulty: doc.difficulty,
    source: `《${doc.contentTitle}》${doc.passageRef}`.slice(0, 40),
    status: 'active',
  });
}

export async function acceptDraft(ctx: CallContext, draftId: string) {
  const admin = requireMember(ctx);
  const doc = await loadDraft(ctx, draftId);
  if (doc.status === 'accepted') {
    if (!doc.questionId) throw new AppError('CONFLICT', '这道草稿正在入库，请稍后刷新。');
    return { questionId: doc.questionId, created: false };
  }
  assertPending(doc);
  assertQuestionRules(doc);
  let input: z.output<typeof QuestionSaveInput>;
  try {
    input = questionInput(doc);
  } catch (error) {
    if (error instanceof z.ZodError)
      throw new AppError('VALIDATION_FAILED', `草稿不符合题库要求：${error.issues[0]?.message ?? ''}，请先编辑。`);
    throw error;
  }
  // Claimed first, so two accepts of one draft create one question: the loser finds it accepted.
  const claimed = await drafts(ctx).updateWhere(
    { _id: doc._id, status: 'pending', version: doc.version },
    { $set: { status: 'accepted', questionId: null, decidedBy: admin._id, decidedAt: ctx.now, updatedAt: ctx.now } },
  );
  if (!claimed) return acceptDraft(ctx, draftId);
  let questionId: string;
  try {
    questionId = await saveQuestion(ctx, input);
  } catch (error) {
    await drafts(ctx).updateWhere(
      { _id: doc._id, status: 'accepted', questionId: null },
      { $set: { status: 'pending' } },
    );
    throw error;
  }
  await drafts(ctx).updateWhere({ _id: doc._id }, { $set: { questionId } });
  await appendAudit(ctx, {
    action: 'questionDraft.accept',
    summary: `采纳题目草稿，新增${QUESTION_TYPE_LABELS[doc.type]}（出自《${doc.contentTitle.slice(0, 20)}》${doc.passageRef}）`,
    targetId: questionId,
    targetName: doc.stem.slice(0, 30),
    unitPath: doc.bankPath,
  });
  return { questionId, created: true };
}

export async function rejectDraft(ctx: CallContext, draftId: string) {
  const admin = requireMember(ctx);
  const doc = await loadDraft(ctx, draftId);
  if (doc.status === 'rejected') return { status: doc.status };
  assertPending(doc);
  const changed = await drafts(ctx).updateWhere(
    { _id: doc._id, status: 'pending', version: doc.version },
    { $set: { status: 'rejected', decidedBy: admin._id, decidedAt: ctx.now, updatedAt: ctx.now } },
  );
  if (!changed) throw new AppError('CONFLICT', '这道草稿刚被别人处理过，请返回刷新。');
  await appendAudit(ctx, {
    action: 'questionDraft.reject',
    summary: `舍弃了题目草稿「${doc.stem.slice(0, 20)}」`,
    targetId: doc._id,
    targetName: doc.stem.slice(0, 30),
    unitPath: doc.bankPath,
  });
  return { status: 'rejected' as const };
}
