import type { MembersRepository } from './members.repository';

/**
 * The branch (党支部) a unit belongs to: the deepest unit of kind `branch` on its path, else the unit itself
 * (a general branch or committee holds members directly). Moving a member to another branch is a transfer
 * of their organisational relationship (组织关系转接); moving between 党小组 of one branch is not.
 */
export async function branchOf(repo: MembersRepository, unitPath: string[]): Promise<string> {
  const kinds = new Map(
    (await repo.units.find({ _id: { $in: unitPath } }, { limit: unitPath.length })).map((u) => [u._id, u.kind]),
  );
  const branch = [...unitPath].reverse().find((id) => kinds.get(id) === 'branch');
  return branch ?? (unitPath[unitPath.length - 1] as string);
}

export const TRANSFER_INSTEAD = '跨支部调动党员请使用“组织关系转接”：由转出支部发起，接收支部确认后自动转入';
