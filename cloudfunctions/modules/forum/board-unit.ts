import type { CallContext } from '../../kernel/context';
import { branchOf } from '../members/branch-of';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';

/** The unit whose board a member reads and posts on, with its path (ending with it) and its name. */
export interface BoardUnit {
  unitId: string;
  unitPath: string[];
  unitName: string;
  /** Whether the board is a branch's, whose 党小组 share it; otherwise only the unit's own members do. */
  branch: boolean;
}

/**
 * A member's board is their branch's: a member filed under a 党小组 reads and posts on the board of the branch
 * above it. A unit that holds members directly without a branch above (a committee, a general branch) has
 * its own board.
 */
export async function boardUnitOf(ctx: Pick<CallContext, 'store'>, member: MemberDoc): Promise<BoardUnit> {
  const repo = membersRepository(ctx.store);
  const unitId = await branchOf(repo, member.unitPath);
  const unit = await repo.unitById(unitId);
  return {
    unitId,
    unitPath: member.unitPath.slice(0, member.unitPath.indexOf(unitId) + 1),
    unitName: unit?.name ?? '',
    branch: unit?.kind === 'branch',
  };
}

/** The store filter for the members who share a board. */
export const boardMemberFilter = (board: Pick<BoardUnit, 'unitId' | 'branch'>) =>
  board.branch ? { unitPath: board.unitId } : { unitId: board.unitId };

/** Who shares the board a topic is on. */
export async function boardOfTopic(ctx: CallContext, unitId: string): Promise<Pick<BoardUnit, 'unitId' | 'branch'>> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  return { unitId, branch: unit?.kind === 'branch' };
}
