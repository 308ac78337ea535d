import { randomUUID } from 'node:crypto';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';

interface LeaseDoc {
  _id: string;
  holder: string;
  until: number;
}

const LEASE_ID = 'lease:super-admin-change';
/** Long enough for one change; a call that dies holding the lease frees it when this runs out. */
const LEASE_MS = 30_000;

/**
 * Runs `change` while holding the one lease on who is super admin, across calls and hosts. Two super admins
 * stepping down at the same moment each saw the other still in role: both stepped down, found nobody left and
 * stepped back, so both were refused. With the lease one goes ahead and the other is told to try again.
 */
export async function withSuperAdminLease<T>(ctx: CallContext, change: () => Promise<T>): Promise<T> {
  const leases = ctx.store.collection<LeaseDoc>('system');
  const holder = randomUUID();
  const until = ctx.now + LEASE_MS;
  let held = false;
  try {
    await leases.insert({ _id: LEASE_ID, holder, until });
    held = true;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    held = (await leases.updateWhere({ _id: LEASE_ID, until: { $lte: ctx.now } }, { $set: { holder, until } })) === 1;
  }
  if (!held) throw new AppError('CONFLICT', '另一位超级管理员正在变更角色，请稍后再试。');
  try {
    return await change();
  } finally {
    await leases.removeWhere({ _id: LEASE_ID, holder });
  }
}
