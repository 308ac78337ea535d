import { ROLES } from '../../../types/labels';
import { requireMember, type CallContext } from '../../kernel/context';
import { ROLE_RANK } from '../../kernel/scope';
import { membersRepository } from '../members/members.repository';

/**
 * The role ceiling on per-member score rows (ADR 0011), as the roster export applies it: a ranking or an
 * export lists only members of a lower role than the caller; equals and superiors are left out.
 */
export async function outrankedScores<T extends { memberId: string }>(ctx: CallContext, scores: T[]): Promise<T[]> {
  const caller = requireMember(ctx);
  const notLower = ROLES.filter((role) => ROLE_RANK[role] >= ROLE_RANK[caller.role]);
  const ids = [...new Set(scores.map((score) => score.memberId))];
  const { members } = membersRepository(ctx.store);
  const excluded = new Set<string>();
  for (let i = 0; i < ids.length; i += 100) {
    const page = await members.find({ _id: { $in: ids.slice(i, i + 100) }, role: { $in: notLower } }, { limit: 100 });
    page.forEach((member) => excluded.add(member._id));
  }
  return scores.filter((score) => !excluded.has(score.memberId));
}
