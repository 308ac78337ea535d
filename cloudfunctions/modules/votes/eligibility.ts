import type { MemberStatus, Stage, VoteKind } from '../../../types/labels';
import type { Filter } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import type { VoteDoc } from './votes.types';

/**
 * Who may vote. The Party constitution gives probationary members every right of a full member except to
 * vote, elect and be elected, so a 表决 and a 差额选举 count full members only; an 意见征集 asks every Party member.
 * Members whose membership is suspended or who have transferred out do not vote; mobile members do.
 */
const STAGES_THAT_VOTE: Record<VoteKind, Stage[]> = {
  ballot: ['full'],
  poll: ['probationary', 'full'],
  election: ['full'],
};
const STATUSES_THAT_VOTE: MemberStatus[] = ['normal', 'mobile'];

export function eligibleFilter(vote: Pick<VoteDoc, 'kind' | 'unitId'>): Filter {
  return {
    unitPath: vote.unitId,
    stage: { $in: STAGES_THAT_VOTE[vote.kind] },
    status: { $in: STATUSES_THAT_VOTE },
  };
}

/** A vote is shown only to the members of its unit's subtree. */
export const inAudience = (vote: Pick<VoteDoc, 'unitId'>, member: MemberDoc) => member.unitPath.includes(vote.unitId);

/** Null when a member of the audience may vote, else why not (shown to them). */
export function whyNotEligible(vote: Pick<VoteDoc, 'kind' | 'unitId' | 'unitName'>, member: MemberDoc): string | null {
  if (!inAudience(vote, member)) return `这次投票只面向${vote.unitName}的党员。`;
  if (!STATUSES_THAT_VOTE.includes(member.status)) return '您的党籍状态不能参加这次投票，如有疑问请联系支部书记。';
  if (!STAGES_THAT_VOTE[vote.kind].includes(member.stage))
    return member.stage === 'probationary'
      ? `预备党员没有表决权和选举权，这次${vote.kind === 'election' ? '选举' : '表决'}只由正式党员参加。`
      : '这次投票只面向党员，如有疑问请联系支部书记。';
  return null;
}
