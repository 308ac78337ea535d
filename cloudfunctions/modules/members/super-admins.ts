import * as z from 'zod';
import { ROLE_LABELS } from '../../../types/labels';
import type { StepDownInput } from '../../../types/schemas/dossier';
import { appendAudit } from '../audit/audit';
import { assertUnitInScope } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { notify } from '../notices/notify';
import { confirmIdentity } from './identity-confirmation';
import { memberChanges, toDossier } from './member-records';
import { unitNameOf, writeMember } from './member-writes';
import { membersRepository } from './members.repository';
import { assertNotLastSuperAdmin, usableSuperAdmins } from './role-rules';
import { withSuperAdminLease } from './super-admin-lease';
import type { MemberDoc } from './members.types';

/**
 * The super admins: who they are, the notice each gets when one is appointed or steps down, and stepping down.
 * Equals cannot act on each other (the role ceiling), so a super admin leaves the role only by their own hand,
 * and only while another remains.
 */
async function superAdmins(ctx: CallContext): Promise<MemberDoc[]> {
  return membersRepository(ctx.store).members.find({ role: 'super_admin' }, { limit: 100, sort: [['_id', 1]] });
}

export async function listSuperAdmins(ctx: CallContext) {
  const me = requireMember(ctx);
  return { items: (await superAdmins(ctx)).map((m) => ({ memberId: m._id, name: m.name, isSelf: m._id === me._id })) };
}

/** Every super admin but those named hears of a change among them, in the inbox and by subscribe message. */
export async function tellSuperAdmins(ctx: CallContext, except: string[], title: string, body: string) {
  for (const admin of await superAdmins(ctx)) if (!except.includes(admin._id)) await notify(ctx, admin, title, body);
}

export async function stepDown(ctx: CallContext, input: z.output<typeof StepDownInput>) {
  return withSuperAdminLease(ctx, () => stepDownHeld(ctx, input));
}

async function stepDownHeld(ctx: CallContext, input: z.output<typeof StepDownInput>) {
  const repo = membersRepository(ctx.store);
  const me = requireMember(ctx);
  await assertNotLastSuperAdmin(ctx, me);
  const adminUnitId = input.role === 'member' ? undefined : (input.adminUnitId ?? me.unitId);
  if (adminUnitId) await assertUnitInScope(ctx, adminUnitId);
  const how = await confirmIdentity(ctx, input.confirmation);
  const updated = await writeMember(
    ctx,
    repo,
    me,
    adminUnitId ? { role: input.role, adminUnitId } : { role: input.role },
    adminUnitId ? [] : ['adminUnitId'],
  );
  // Another path may have taken the last other super admin meanwhile (a role change, an unbinding): whoever finds
  // no usable one left returns.
  if ((await usableSuperAdmins(ctx)).length === 0) {
    await writeMember(ctx, repo, updated, { role: 'super_admin', adminUnitId: me.adminUnitId ?? me.unitId });
    throw new AppError(
      'CONFLICT',
      '另一位超级管理员刚刚卸任，您已是唯一可用的超级管理员，不能卸任；请先任命另一位已绑定微信的党员为超级管理员。',
    );
  }
  await appendAudit(ctx, {
    action: 'member.stepDown',
    summary: `${me.name} 卸任超级管理员，改为「${ROLE_LABELS[input.role]}」（${how}）`,
    targetId: me._id,
    targetName: me.name,
    unitPath: me.unitPath,
    changes: memberChanges(me, updated, ctx.pii),
  });
  await tellSuperAdmins(
    ctx,
    [me._id],
    '超级管理员卸任',
    `${me.name} 已卸任超级管理员，现为${ROLE_LABELS[input.role]}。`,
  );
  return toDossier(updated, await unitNameOf(repo, updated.unitId), ctx.pii);
}
