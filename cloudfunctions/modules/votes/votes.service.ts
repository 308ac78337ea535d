import type { z } from 'zod';
import type { VoteState } from '../../../types/labels';
import type { VoteCard, VoteCreateInput, VoteDetail } from '../../../types/schemas/votes';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../router/app-error';
import { requireMember, type CallContext } from '../../router/context';
import { DuplicateKeyError } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { eligibleFilter, inAudience, whyNotEligible } from './eligibility';
import { ballotId, votesRepository } from './votes.repository';
import type { BallotDoc, VoteDoc } from './votes.types';

/**
 * Votes (投票): a branch or higher admin asks a unit's members one question; each entitled member casts
 * one ballot, which cannot be changed. The ballot's id makes a second one impossible on every store, so
 * two devices or a retried call can never count twice; the count is read from the ballots.
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
  const { ballots } = votesRepository(ctx.store);
  const [total, ...perOption] = await Promise.all([
    ballots.count({ voteId: vote._id }),
    ...vote.options.map((option) => ballots.count({ voteId: vote._id, choices: option.optionId })),
  ]);
  return {
    ballots: total,
    eligible: vote.eligibleCount,
    counts: vote.options.map((option, i) => ({ optionId: option.optionId, count: perOption[i] ?? 0 })),
  };
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
  viewer: { member: MemberDoc; ballot: BallotDoc | null; admin: boolean },
): Promise<VoteDetail> {
  const state = stateOf(vote, ctx.now);
  const showResults =
    viewer.admin || state === 'closed' || (vote.resultPolicy === 'after_vote' && viewer.ballot !== null);
  return {
    ...card(vote, ctx.now, viewer.ballot !== null),
    description: vote.description,
    options: vote.options,
    resultPolicy: vote.resultPolicy,
    eligible: whyNotEligible(vote, viewer.member) === null,
    myChoices: viewer.ballot?.choices ?? null,
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
    options: input.options.map((text, i) => ({ optionId: `o${i + 1}`, text })),
    maxChoices: input.maxChoices,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    resultPolicy: input.resultPolicy,
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
  const { votes, ballots } = votesRepository(ctx.store);
  const filter = { unitId: { $in: member.unitPath } };
  const [items, total] = await Promise.all([
    votes.find(filter, { sort: [['closesAt', -1]], skip, limit }),
    votes.count(filter),
  ]);
  const mine = items.length
    ? await ballots.find({ _id: { $in: items.map((vote) => ballotId(vote._id, member._id)) } }, { limit: items.length })
    : [];
  const voted = new Set(mine.map((ballot) => ballot.voteId));
  return { items: items.map((vote) => card(vote, ctx.now, voted.has(vote._id))), total };
}

export async function voteDetail(ctx: CallContext, voteId: string) {
  const member = requireMember(ctx);
  const vote = await loadVoteFor(ctx, member, voteId);
  const ballot = await votesRepository(ctx.store).ballots.get(ballotId(vote._id, member._id));
  return detail(ctx, vote, { member, ballot, admin: false });
}

const sameChoices = (a: string[], b: string[]) => a.length === b.length && a.every((choice) => b.includes(choice));

export async function castBallot(ctx: CallContext, voteId: string, optionIds: string[]) {
  const member = requireMember(ctx);
  const vote = await loadVoteFor(ctx, member, voteId);
  const notEligible = whyNotEligible(vote, member);
  if (notEligible) throw new AppError('FORBIDDEN', notEligible);
  const choices = [...new Set(optionIds)];
  if (choices.length > vote.maxChoices || choices.some((id) => !vote.options.some((o) => o.optionId === id)))
    throw new AppError('VALIDATION_FAILED', `请在列出的选项中选择，最多选 ${vote.maxChoices} 项。`, {
      optionIds: `最多选 ${vote.maxChoices} 项`,
    });
  const { ballots } = votesRepository(ctx.store);
  const id = ballotId(vote._id, member._id);
  const existing = await ballots.get(id);
  const state = stateOf(vote, ctx.now);
  if (!existing && state === 'upcoming') throw new AppError('CONFLICT', '投票还没有开始，请到开始时间后再来。');
  if (!existing && state === 'closed') throw new AppError('CONFLICT', '投票已经结束，不能再投了。');
  let ballot = existing;
  if (!ballot) {
    try {
      ballot = await ballots.insert({ _id: id, voteId: vote._id, memberId: member._id, choices, castAt: ctx.now });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      // The same member on another device, or a retried call, got there first: theirs is the ballot.
      ballot = await ballots.get(id);
      if (!ballot) throw error;
    }
  }
  // A retry of the same ballot answers as the first did; a different ballot is refused, nothing changes.
  if (!sameChoices(ballot.choices, choices)) throw new AppError('CONFLICT', '您已经投过票了，投票后不能更改。');
  return detail(ctx, vote, { member, ballot, admin: false });
}

export async function listUnitVotes(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { votes, ballots } = votesRepository(ctx.store);
  const filter = { unitPath: unitId };
  const [items, total] = await Promise.all([
    votes.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    votes.count(filter),
  ]);
  const turnout = await Promise.all(items.map((vote) => ballots.count({ voteId: vote._id })));
  return {
    items: items.map((vote, i) => {
      const { voted: _voted, ...row } = card(vote, ctx.now, false);
      return { ...row, ballots: turnout[i] ?? 0, eligible: vote.eligibleCount };
    }),
    total,
  };
}

/** What an admin sees of a vote: the count at any time, and their own ballot if they voted. */
async function adminDetail(ctx: CallContext, vote: VoteDoc) {
  const admin = requireMember(ctx);
  const ballot = await votesRepository(ctx.store).ballots.get(ballotId(vote._id, admin._id));
  return detail(ctx, vote, { member: admin, ballot, admin: true });
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
  await appendAudit(ctx, {
    action: 'vote.close',
    summary: `提前结束了投票「${vote.title}」`,
    targetId: vote._id,
    targetName: vote.title,
    unitPath: vote.unitPath,
  });
  return adminDetail(ctx, { ...vote, closesAt: ctx.now });
}
