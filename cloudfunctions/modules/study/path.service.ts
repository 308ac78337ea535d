import { requireMember, type CallContext } from '../../kernel/context';
import { upsert } from '../shared/upsert';
import { cardsFor, isVisible, visibleTo } from './content-access';
import { rankPath } from './path-rank';
import { phraseReasons } from './path-phrase';
import { wrongBookFacts } from './path-review';
import { planGaps } from './plans.service';
import { studyRepository } from './study.repository';
import type { ContentDoc } from './study.types';

/**
 * 学习路径: the next three items for a member with the reason for each (weak tags from the wrong-answer
 * book, unfinished plan items, recent study), only from what they may read, minus what they dismissed;
 * and today's review set from the wrong-answer book.
 */
const POOL = 100;
const SUGGESTIONS = 3;

interface DismissalDoc {
  _id: string;
  memberId: string;
  contentId: string;
  at: number;
}

const dismissals = (ctx: CallContext) => ctx.store.collection<DismissalDoc>('study_path_dismissals');

export async function studyPath(ctx: CallContext) {
  const member = requireMember(ctx);
  const { contents, progress } = studyRepository(ctx.store);
  const [pool, completed, gaps, dismissed, book] = await Promise.all([
    contents.find(visibleTo(member, ctx.now), {
      sort: [
        ['publishAt', -1],
        ['_id', 1],
      ],
      limit: POOL,
    }),
    progress.find({ memberId: member._id, completedAt: { $exists: true } }, { sort: [['completedAt', -1]], limit: 20 }),
    planGaps(ctx, member),
    dismissals(ctx).find({ memberId: member._id }, { limit: 100 }),
    wrongBookFacts(ctx, member._id),
  ]);
  const known = new Map(pool.map((doc) => [doc._id, doc]));
  const missing = [...gaps.keys()].filter((id) => !known.has(id)).slice(0, 50);
  if (missing.length)
    for (const doc of await contents.find({ _id: { $in: missing } }, { limit: missing.length }))
      if (isVisible(doc, member, ctx.now)) known.set(doc._id, doc);
  const done = new Set(completed.map((p) => p.contentId));
  const hidden = new Set(dismissed.map((d) => d.contentId));
  const candidates = [...known.values()].filter(
    (doc) => !done.has(doc._id) && !hidden.has(doc._id) && doc.kind !== 'topic',
  );
  const recentCompleted = completed
    .map((p) => known.get(p.contentId))
    .filter((doc): doc is ContentDoc => doc !== undefined)
    .map((doc) => ({ title: doc.title, tags: doc.tags }));
  const picks = rankPath(
    candidates.map((doc) => ({ contentId: doc._id, tags: doc.tags, publishAt: doc.publishAt ?? doc.createdAt })),
    { now: ctx.now, planGaps: gaps, recentCompleted, weakTags: book.weakTags },
    SUGGESTIONS,
  );
  const docs = picks.map((pick) => known.get(pick.contentId)!);
  const phrased =
    ctx.platform.models.kind === 'local'
      ? null
      : await phraseReasons(
          ctx.platform.models,
          docs.map((doc, i) => ({ title: doc.title, reason: picks[i]!.reason })),
        );
  const cards = await cardsFor(ctx, member, docs);
  return {
    suggestions: cards.map((card, i) => ({ ...card, reason: phrased?.[i] ?? picks[i]!.reason })),
    weakTags: book.weakTags,
    review: book.review,
    phrasedByModel: phrased !== null,
  };
}

export async function dismissFromPath(ctx: CallContext, contentId: string) {
  const member = requireMember(ctx);
  const doc: DismissalDoc = { _id: `${member._id}_${contentId}`, memberId: member._id, contentId, at: ctx.now };
  await upsert(dismissals(ctx), doc, { $set: { at: ctx.now } });
  return { dismissed: true };
}
