import type { z } from 'zod';
import { publish } from '../../kernel/events';
import type { VoteState } from '../../../types/labels';
import type { VoteCard, VoteCreateInput, VoteDetail } from '../../../types/schemas/votes';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { bumpHomeFeeds } from '../home/feed-stamps';
import { noteBallotCast } from '../home/summary-notes';
import { castSecretBallot, hasVoted, storePendingBallots } from './ballot-box';
import { electionOutcome } from './election-tally';
import { eligibleFilter, inAudience, whyNotEligible } from './eligibility';
import { participationId, votesRepository } from './votes.repository';
import type { VoteDoc } from './votes.types';

/**
 * Votes (投票): a branch or higher admin asks a unit's members one question; each entitled member casts
 * one secret ballot, which cannot be changed. The participation's id makes a second ballot impossible on
 * every store, so two devices or a retried call can never count twice; the count is read from the ballots,
 * which name no member (see ballot-box.ts).
 */
function stateOf(vote: VoteDoc, now: number): VoteState {
  if (now < vote.opensAt) return 'upcoming';
  return now < vote.closesAt ? 'open' : 'closed';
}

async function loadVote(ctx: CallContext, voteId: string): Promise<VoteDoc> {
  const vote = await votesRepository(ctx.store).votes.get(voteId);
  if (!vote) throw new AppError('NOT_FOUND', '没有找到这次投票，可能已被删除，请返回刷新。');
  return vote;
}

/** A member outside the vote's unit is told no more than that it is not theirs. */
async function loadVoteFor(ctx: CallContext, member: MemberDoc, voteId: string): Promise<VoteDoc> {
  const vote = await loadVote(ctx, voteId);
  if (!inAudience(vote, member)) throw new AppError('NOT_FOUND', '没有找到这次投票，它可能不面向您所在的支部。');
  return vote;
}

async function countBallots(ctx: CallContext, vote: VoteDoc) {
  await storePendingBallots(ctx, vote._id);
  const { ballots } = votesRepository(ctx.store);
  const [total, ...perOption] = await Promise.all([
    ballots.count({ voteId: vote._id }),
    ...vote.options.map((option) => ballots.count({ voteId: vote._id, choices: option.optionId })),
  ]);
  const counts = vote.options.map((option, i) => ({ optionId: option.optionId, count: perOption[i] ?? 0 }));
  const outcome = vote.kind === 'election' ? electionOutcome(counts, vote.maxChoices) : {};
  return { ballots: total, eligible: vote.eligibleCount, counts, ...outcome };
}

function card(vote: VoteDoc, now: number, voted: boolean): VoteCard {
  return {
    voteId: vote._id,
    kind: vote.kind,
    title: vote.title,
    unitName: vote.unitName,
    opensAt: vote.opensAt,
    closesAt: vote.closesAt,
    state: stateOf(vote, now),
    maxChoices: vote.maxChoices,
    voted,
  };
}

async function detail(
  ctx: CallContext,
  vote: VoteDoc,
  viewer: { member: MemberDoc; voted: boolean; admin: boolean; justCast?: string[] },
): Promise<VoteDetail> {
  const state = stateOf(vote, ctx.now);
  // An election's count stays sealed, admins included, until it closes.
  const showResults =
    state === 'closed' ||
    (vote.kind !== 'election' && (viewer.admin || (vote.resultPolicy === 'after_vote' && viewer.voted)));
  return {
    ...card(vote, ctx.now, viewer.voted),
    description: vote.description,
    options: vote.options,
    resultPolicy: vote.resultPolicy,
    eligible: whyNotEligible(vote, viewer.member) === null,
    // Only in the answer to casting: no stored record says what a member chose.
    myChoices: viewer.justCast ?? null,
    results: showResults ? await countBallots(ctx, vote) : null,
  };
}

export async function createVote(ctx: CallContext, input: z.output<typeof VoteCreateInput>) {
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const vote: VoteDoc = {
    _id: newId('vote'),
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    kind: input.kind,
    title: input.title,
    description: input.description,
    options: input.options.map((text, i) => {
      const profile = input.kind === 'election' ? input.profiles[i] : undefined;
      return { optionId: `o${i + 1}`, text, ...(profile ? { profile } : {}) };
    }),
    maxChoices: input.maxChoices,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    // An election's result is published when it closes, whatever the form chose.
    resultPolicy: input.kind === 'election' ? 'after_close' : input.resultPolicy,
    eligibleCount: 0,
    createdBy: admin._id,
    createdAt: ctx.now,
  };
  vote.eligibleCount = await ctx.store.collection('members').count(eligibleFilter(vote));
  if (vote.eligibleCount === 0)
    throw new AppError('VALIDATION_FAILED', `${unit.name}还没有可以参加这次投票的党员，请换一个单位或投票类型。`, {
      unitId: '这个单位没有可投票的党员',
    });
  await votesRepository(ctx.store).votes.insert(vote);
  await bumpHomeFeeds(ctx, [vote.unitId]);
  await appendAudit(ctx, {
    action: 'vote.create',
    summary: `在${unit.name}发起了投票「${vote.title}」`,
    targetId: vote._id,
    targetName: vote.title,
    unitPath: vote.unitPath,
  });
  return { voteId: vote._id };
}

export async function listMyVotes(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { votes, participations } = votesRepository(ctx.store);
  const filter = { unitId: { $in: member.unitPath } };
  const [items, total] = await Promise.all([
    votes.find(filter, { sort: [['closesAt', -1]], skip, limit }),
    votes.count(filter),
  ]);
  const mine = items.length
    ? await participations.find(
        { _id: { $in: items.map((vote) => participationId(vote._id, member._id)) } },
        { limit: items.length },
      )
    : [];
  const voted = new Set(mine.map((participation) => participation.voteId));
  return { items: items.map((vote) => card(vote, ctx.now, voted.has(vote._id))), total };
}

export async function voteDetail(ctx: CallContext, voteId: string) {
  const member = requireMember(ctx);
  const vote = await loadVoteFor(ctx, member, voteId);
  return detail(ctx, vote, { member, voted: await hasVoted(ctx, vote._id, member._id), admin: false });
}

export async function castBallot(ctx: CallContext, voteId: string, optionIds: string[], castId: string) {
  const member = requireMember(ctx);
  const vote = await loadVoteFor(ctx, member, voteId);
  const notEligible = whyNotEligible(vote, member);
  if (notEligible) throw new AppError('FORBIDDEN', notEligible);
  const choices = [...new Set(optionIds)];
  if (choices.length > vote.maxChoices || choices.some((id) => !vote.options.some((o) => o.optionId === id)))
    throw new AppError('VALIDATION_FAILED', `请在列出的选项中选择，最多选 ${vote.maxChoices} 项。`, {
      optionIds: `最多选 ${vote.maxChoices} 项`,
    });
  const voted = await hasVoted(ctx, vote._id, member._id);
  const state = stateOf(vote, ctx.now);
  if (!voted && state === 'upcoming') throw new AppError('CONFLICT', '投票还没有开始，请到开始时间后再来。');
  if (!voted && state === 'closed') throw new AppError('CONFLICT', '投票已经结束，不能再投了。');
  const first = await castSecretBallot(ctx, { voteId: vote._id, memberId: member._id, castId, choices });
  await noteBallotCast(ctx, member._id, vote._id);
  if (first)
    await publish(ctx, {
      type: 'vote.ballotCast',
      payload: { memberId: member._id, unitPath: member.unitPath, voteId: vote._id, opensAt: vote.opensAt },
    });
  return detail(ctx, vote, { member, voted: true, admin: false, justCast: choices });
}

export async function listUnitVotes(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { votes, participations } = votesRepository(ctx.store);
  const filter = { unitPath: unitId };
  const [items, total] = await Promise.all([
    votes.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    votes.count(filter),
  ]);
  const turnout = await Promise.all(items.map((vote) => participations.count({ voteId: vote._id })));
  return {
    items: items.map((vote, i) => {
      const { voted: _voted, ...row } = card(vote, ctx.now, false);
      return { ...row, ballots: turnout[i] ?? 0, eligible: vote.eligibleCount };
    }),
    total,
  };
}

/** What an admin sees of a vote: the count at any time, and whether they voted themselves. */
async function adminDetail(ctx: CallContext, vote: VoteDoc) {
  const admin = requireMember(ctx);
  return detail(ctx, vote, { member: admin, voted: await hasVoted(ctx, vote._id, admin._id), admin: true });
}

export async function voteResults(ctx: CallContext, voteId: string) {
  return adminDetail(ctx, await loadVote(ctx, voteId));
}

export async function closeVote(ctx: CallContext, voteId: string) {
  const vote = await loadVote(ctx, voteId);
  if (stateOf(vote, ctx.now) === 'closed') throw new AppError('CONFLICT', '这次投票已经结束了。');
  // Conditional on still being open, so two admins closing at once record one close.
  const closed = await votesRepository(ctx.store).votes.updateWhere(
    { _id: vote._id, closesAt: { $gt: ctx.now } },
    { $set: { closesAt: ctx.now } },
  );
  if (closed === 0) throw new AppError('CONFLICT', '这次投票已经结束了。');
  await bumpHomeFeeds(ctx, [vote.unitId]);
  await appendAudit(ctx, {
    action: 'vote.close',
    summary: `提前结束了投票「${vote.title}」`,
    targetId: vote._id,
    targetName: vote.title,
    unitPath: vote.unitPath,
  });
  return adminDetail(ctx, { ...vote, closesAt: ctx.now });
}
