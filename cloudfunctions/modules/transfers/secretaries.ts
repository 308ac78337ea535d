import type { CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { notify } from '../notices/notify';

/**
 * Tells the admins of a unit (those who manage it, or branch admins of it without another managed unit);
 * when it has none, the admin named as a fallback (who started the transfer).
 */
export async function notifySecretaries(
  ctx: CallContext,
  unitId: string,
  title: string,
  body: string,
  fallbackMemberId?: string,
) {
  const repo = membersRepository(ctx.store);
  const admins = await repo.members.find(
    {
      role: { $in: ['branch_admin', 'org_admin'] },
      status: { $in: ['normal', 'mobile'] },
      $or: [{ adminUnitId: unitId }, { unitId, adminUnitId: { $exists: false } }],
    },
    { sort: [['_id', 1]], limit: 10 },
  );
  const fallback = admins.length === 0 && fallbackMemberId ? await repo.memberById(fallbackMemberId) : null;
  for (const admin of fallback ? [fallback] : admins) await notify(ctx, admin, title, body, 'notice_reminder');
}
