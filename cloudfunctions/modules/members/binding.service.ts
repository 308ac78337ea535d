import { randomBytes, randomInt } from 'node:crypto';
import type { BindingState, BindingStatus } from '../../../types/schemas/binding';
import type { Session } from '../../../types/schemas/auth';
import { appendAudit, newId } from '../audit/audit';
import { assertOutranks } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { comparePinyin } from '../shared/pinyin-order';
import { memberChanges, revealField } from './member-records';
import { loadMember } from './member-writes';
import { membersRepository } from './members.repository';
import type { BindingRequestDoc, MemberDoc } from './members.types';
import { assertIssuerOutranks } from './role-rules';
import { END_SESSIONS, memberSession } from './session-generation';

/**
 * Binding a WeChat identity to a roster record: by a one-time invite code, or by name + phone last 4 +
 * branch with the branch admins' approval. One WeChat identity ↔ one member, enforced by a unique index.
 */
const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const INVITE_TTL_MS = 7 * 24 * 3600_000;

function unboundOpenid(ctx: CallContext): string {
  if (ctx.caller.kind === 'member') throw new AppError('CONFLICT', '您的微信已经绑定了党员档案，无需重复绑定。');
  if (ctx.caller.kind !== 'wechat') throw new AppError('UNAUTHENTICATED');
  return ctx.caller.openid;
}

/** Bound: with a member session for the HTTP host, so the app holds a token of the binding's generation. */
function boundStatus(ctx: CallContext, member: MemberDoc, signedInAt?: number): BindingStatus {
  const sessions = ctx.platform.sessions;
  const token = sessions ? memberSession(sessions, member, ctx.now, signedInAt).token : null;
  return { status: 'bound', memberName: member.name, token };
}

/**
 * Sets `openid` only if the member has none yet; the unique index refuses a WeChat already bound elsewhere.
 * A new binding ends the member's older sessions and lets the WeChat user's own (unbound) sign-in carry on.
 */
async function bind(ctx: CallContext, member: MemberDoc, openid: string, how: string): Promise<MemberDoc> {
  const repo = membersRepository(ctx.store);
  try {
    const matched = await repo.members.updateWhere(
      { _id: member._id, openid: { $exists: false } },
      {
        $set: { openid, updatedAt: Math.max(ctx.now, member.updatedAt + 1) },
        $unset: { unboundSessionsEnded: true },
        $inc: END_SESSIONS.inc,
      },
    );
    if (matched === 0) throw new AppError('CONFLICT', '这位党员已绑定了其他微信，如需更换请联系支部管理员解除绑定。');
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw new AppError('CONFLICT', '这个微信已绑定了另一位党员。');
    throw error;
  }
  const bound = await loadMember(repo, member._id);
  await appendAudit(ctx, {
    action: 'member.bind',
    summary: `${member.name} 绑定了微信（${how}）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
    changes: memberChanges(member, bound, ctx.pii),
  });
  return bound;
}

export async function devLoginWechat(ctx: CallContext): Promise<Session> {
  if (!ctx.platform.devLogin || !ctx.platform.sessions) throw new AppError('DEV_LOGIN_DISABLED');
  const openid = `dev-${randomBytes(12).toString('base64url')}`;
  const { token, expiresAt } = ctx.platform.sessions.issue({ openid }, ctx.now);
  return { token, expiresAt, memberId: openid };
}

export async function bindingStatus(ctx: CallContext): Promise<BindingState> {
  const caller = ctx.caller;
  if (caller.kind === 'member') {
    // A session signed in before the binding is swapped for one that names the member.
    const status =
      caller.signedInAt !== undefined
        ? boundStatus(ctx, caller.member, caller.signedInAt)
        : { status: 'bound' as const, memberName: caller.member.name, token: null };
    return { ...status, request: null, bootstrapOpen: false };
  }
  const openid = unboundOpenid(ctx);
  const repo = membersRepository(ctx.store);
  const [[pending], superAdmins] = await Promise.all([
    repo.requests.find({ openid, status: 'pending' }, { limit: 1 }),
    repo.members.count({ role: 'super_admin' }),
  ]);
  return {
    status: pending ? 'pending' : 'none',
    memberName: null,
    token: null,
    request: pending ? await submitted(ctx, pending) : null,
    bootstrapOpen: superAdmins === 0,
  };
}

/** A pending request as its sender typed it, so they can check it while they wait. */
async function submitted(ctx: CallContext, request: BindingRequestDoc) {
  const unit = await membersRepository(ctx.store).unitById(request.unitId);
  return {
    name: request.name,
    unitName: unit?.name ?? '',
    phoneLast4: request.phoneLast4,
    createdAt: request.createdAt,
  };
}

/** The requester takes back their pending request; a request decided meanwhile stays decided. */
export async function withdrawBindingRequest(ctx: CallContext): Promise<BindingStatus> {
  const openid = unboundOpenid(ctx);
  const { requests } = membersRepository(ctx.store);
  const [pending] = await requests.find({ openid, status: 'pending' }, { limit: 1 });
  if (!pending) throw new AppError('NOT_FOUND', '没有待审核的绑定申请，可能已被支部管理员处理，请刷新后查看。');
  const withdrawn = await requests.updateWhere(
    { _id: pending._id, status: 'pending' },
    { $set: { status: 'withdrawn', decidedAt: ctx.now } },
  );
  if (withdrawn === 0) throw new AppError('CONFLICT', '支部管理员刚刚处理了您的申请，请刷新后查看结果。');
  return { status: 'none', memberName: null, token: null };
}

export async function bindByInvite(ctx: CallContext, code: string): Promise<BindingStatus> {
  const openid = unboundOpenid(ctx);
  const repo = membersRepository(ctx.store);
  const [invite] = await repo.invites.find({ codeHash: ctx.pii.hash(code) }, { limit: 1 });
  if (!invite || invite.usedAt !== undefined || invite.expiresAt <= ctx.now) {
    throw new AppError('NOT_FOUND', '绑定码无效、已使用或已过期，请向支部管理员重新获取。', { code: '绑定码无效' });
  }
  if (!invite.memberId) {
    throw new AppError('VALIDATION_FAILED', '这是支部邀请码，请在下方“申请绑定”中填写姓名和手机号后 4 位后提交。', {
      code: '这是支部邀请码',
    });
  }
  const member = await loadMember(repo, invite.memberId);
  if (member.openid) throw new AppError('CONFLICT', '这位党员已绑定了其他微信，如需更换请联系支部管理员解除绑定。');
  await assertIssuerOutranks(ctx, invite.createdBy, member);
  // Claim the code first: of two people racing with one code, exactly one gets it.
  const claimed = await repo.invites.updateWhere(
    { _id: invite._id, usedAt: { $exists: false } },
    { $set: { usedAt: ctx.now } },
  );
  if (claimed === 0) throw new AppError('CONFLICT', '这个绑定码刚刚已被使用，请向支部管理员重新获取。');
  return boundStatus(ctx, await bind(ctx, member, openid, '绑定码'));
}

/** The unit a branch invite code was issued for, if the code is a live branch code. */
async function unitOfBranchCode(ctx: CallContext, code: string): Promise<string> {
  const [invite] = await membersRepository(ctx.store).invites.find({ codeHash: ctx.pii.hash(code) }, { limit: 1 });
  if (!invite?.unitId || invite.expiresAt <= ctx.now) {
    throw new AppError('NOT_FOUND', '支部邀请码无效或已过期，请向支部管理员重新获取。', { branchCode: '邀请码无效' });
  }
  return invite.unitId;
}

export async function requestBinding(
  ctx: CallContext,
  input: { name: string; phoneLast4: string; unitId?: string; branchCode?: string },
): Promise<BindingStatus> {
  const { name, phoneLast4 } = input;
  const openid = unboundOpenid(ctx);
  const repo = membersRepository(ctx.store);
  const unitId = input.branchCode ? await unitOfBranchCode(ctx, input.branchCode) : (input.unitId as string);
  const unit = await repo.unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '请选择您所在的党支部。', { unitId: '请选择党支部' });
  const [pending] = await repo.requests.find({ openid, status: 'pending' }, { limit: 1 });
  if (pending) throw new AppError('CONFLICT', '您已提交过绑定申请，请等待支部管理员审核。');
  const request: BindingRequestDoc = {
    _id: newId('r'),
    openid,
    name,
    phoneLast4,
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    status: 'pending',
    createdAt: ctx.now,
  };
  await repo.requests.insert(request);
  return { status: 'pending', memberName: null, token: null };
}

export async function bindableUnits(ctx: CallContext) {
  const repo = membersRepository(ctx.store);
  const found = await repo.units.find(
    { kind: { $in: ['branch', 'group'] }, archived: { $ne: true } },
    { sort: [['name', 1]], limit: 100 },
  );
  // At most 100 units on one page: sorting them here is the whole order.
  const units = found.sort((a, b) => comparePinyin(a.name, b.name));
  const nameOf = await repo.unitNames(units.flatMap((unit) => unit.path));
  return {
    units: units.map((unit) => ({
      unitId: unit._id,
      name: unit.name,
      path: unit.path.map((id) => nameOf.get(id) ?? '').join(' / '),
    })),
  };
}

async function issueCode(ctx: CallContext, target: { memberId: string } | { unitId: string }) {
  const code = Array.from({ length: 8 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
  const expiresAt = ctx.now + INVITE_TTL_MS;
  const createdBy = ctx.caller.kind === 'member' ? ctx.caller.member._id : 'system';
  await membersRepository(ctx.store).invites.insert({
    _id: newId('i'),
    codeHash: ctx.pii.hash(code),
    ...target,
    createdBy,
    createdAt: ctx.now,
    expiresAt,
  });
  return { code, expiresAt };
}

export async function createBranchInvite(ctx: CallContext, unitId: string) {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND');
  const issued = await issueCode(ctx, { unitId });
  await appendAudit(ctx, {
    action: 'unit.invite',
    summary: `生成了「${unit.name}」的支部邀请码（7 天内有效，申请需审核）`,
    targetId: unit._id,
    targetName: unit.name,
    unitPath: [...unit.path, unit._id],
  });
  return issued;
}

export async function createInvite(ctx: CallContext, memberId: string) {
  const repo = membersRepository(ctx.store);
  const member = await loadMember(repo, memberId);
  if (member.openid) throw new AppError('CONFLICT', '这位党员已绑定微信；如需更换，请先解除绑定。');
  const { code, expiresAt } = await issueCode(ctx, { memberId });
  await appendAudit(ctx, {
    action: 'member.invite',
    summary: `为 ${member.name} 生成了绑定码（7 天内有效）`,
    targetId: member._id,
    targetName: member.name,
    unitPath: member.unitPath,
  });
  return { code, expiresAt };
}

/** The roster record a request matches: same unit subtree, same name, phone ending in the 4 digits. */
async function candidateFor(ctx: CallContext, request: BindingRequestDoc): Promise<MemberDoc | null> {
  const sameName = await membersRepository(ctx.store).members.find(
    { unitPath: request.unitId, name: request.name },
    { limit: 20 },
  );
  const matches = sameName.filter((member) => revealField(ctx.pii, member, 'phone')?.endsWith(request.phoneLast4));
  return matches.length === 1 ? (matches[0] as MemberDoc) : null;
}

export async function listBindingRequests(ctx: CallContext, unitId: string) {
  const repo = membersRepository(ctx.store);
  const requests = await repo.requests.find(
    { unitPath: unitId, status: 'pending' },
    { sort: [['createdAt', 1]], limit: 100 },
  );
  const nameOf = await repo.unitNames(requests.map((request) => request.unitId));
  const items = [];
  for (const request of requests) {
    const candidate = await candidateFor(ctx, request);
    items.push({
      requestId: request._id,
      name: request.name,
      phoneLast4: request.phoneLast4,
      unitId: request.unitId,
      unitName: nameOf.get(request.unitId) ?? '未知单位',
      createdAt: request.createdAt,
      candidate: candidate
        ? {
            memberId: candidate._id,
            name: candidate.name,
          }
        : null,
    });
  }
  return { items };
}

export async function decideBindingRequest(ctx: CallContext, requestId: string, approve: boolean, comment?: string) {
  const repo = membersRepository(ctx.store);
  const request = await repo.requests.get(requestId);
  if (!request || request.status !== 'pending') throw new AppError('CONFLICT', '这条申请已经处理过了，请刷新列表。');
  const decidedBy = ctx.caller.kind === 'member' ? ctx.caller.member._id : 'system';
  if (approve) {
    const candidate = await candidateFor(ctx, request);
    if (!candidate) {
      throw new AppError('CONFLICT', '花名册中没有与姓名和手机号后 4 位唯一匹配的党员，请先核对或补录花名册。');
    }
    // The record is found only now, so the router could not apply the role ceiling to it.
    assertOutranks(requireMember(ctx), candidate);
    await bind(ctx, candidate, request.openid, '支部审核通过');
  }
  const decided = await repo.requests.updateWhere(
    { _id: request._id, status: 'pending' },
    {
      $set: {
        status: approve ? 'approved' : 'rejected',
        decidedBy,
        decidedAt: ctx.now,
        ...(comment ? { comment } : {}),
      },
    },
  );
  if (decided === 0) throw new AppError('CONFLICT', '这条申请已经处理过了，请刷新列表。');
  if (!approve) {
    await appendAudit(ctx, {
      action: 'binding.reject',
      summary: `驳回了 ${request.name} 的绑定申请${comment ? `：${comment}` : ''}`,
      targetName: request.name,
      unitPath: request.unitPath,
    });
  }
  return listBindingRequests(ctx, request.unitId);
}
