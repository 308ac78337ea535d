import type { z } from 'zod';
import type { NoticeAudience, NoticeEditInput, NoticePublishInput } from '../../../types/schemas/notices';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId, type AuditChange } from '../audit/audit';
import { mapKey } from '../home/home.repository';
import { noteBulletinPublished, noteBulletinsChanged } from '../home/summary-notes';
import { findAll, membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';
import { sanitizeContentHtml } from '../study/sanitize';
import { addresseeFilter } from './bulletin-audience';
import { bulletinsRepository, receiptId } from './bulletins.repository';
import { NEVER, type BulletinDoc, type ReceiptDoc, type UnitTally } from './bulletins.types';

/**
 * Publishing 通知公告: the addressees are resolved once, at publish, into one receipt each, so the read rate
 * has a fixed denominator and a member moved in later does not count as unread. Edits keep the audience.
 */
type Fields = Pick<z.output<typeof NoticeEditInput>, 'title' | 'body' | 'deadline' | 'expiresAt' | 'mustRead'>;

/** Title and body text pass content safety on every publish and edit; the error names the field to change. */
async function checkSafety(ctx: CallContext, title: string, body: string): Promise<void> {
  const openid = callerOpenid(ctx);
  if ((await ctx.platform.contentSafety.checkText(title, openid)) === 'risky')
    throw new AppError('VALIDATION_FAILED', '标题含有不适宜的词语，请修改后再发布。', { title: '请修改不适宜的词语' });
  const plain = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain && (await ctx.platform.contentSafety.checkText(plain, openid)) === 'risky')
    throw new AppError('VALIDATION_FAILED', '正文含有不适宜的词语，请修改后再发布。', { body: '请修改不适宜的词语' });
}

async function checkFields(ctx: CallContext, input: Fields): Promise<string> {
  if (input.expiresAt !== null && input.expiresAt <= ctx.now)
    throw new AppError('VALIDATION_FAILED', '到期时间已经过去，请选择以后的时间，或不设到期。', {
      expiresAt: '请选择以后的时间',
    });
  if (input.deadline !== null && input.deadline <= ctx.now)
    throw new AppError('VALIDATION_FAILED', '确认期限已经过去，请选择以后的时间。', { deadline: '请选择以后的时间' });
  if (input.deadline !== null && input.expiresAt !== null && input.deadline > input.expiresAt)
    throw new AppError('VALIDATION_FAILED', '确认期限不能晚于到期时间，请调整其中一个。', {
      deadline: '不能晚于到期时间',
    });
  const body = await sanitizeContentHtml(input.body);
  if (body.replace(/<[^>]*>/g, '').trim() === '' && !body.includes('<img'))
    throw new AppError('VALIDATION_FAILED', '正文是空的，请填写通知内容。', { body: '请填写正文' });
  await checkSafety(ctx, input.title, body);
  return body;
}

/** Chosen units and named members must lie in the publishing unit's subtree. */
async function checkAudience(ctx: CallContext, unit: UnitDoc, audience: NoticeAudience): Promise<void> {
  const repo = membersRepository(ctx.store);
  if (audience.kind === 'units') {
    const ids = [...new Set(audience.unitIds)];
    const units = await repo.units.find({ _id: { $in: ids } }, { limit: ids.length });
    const inside = units.filter((u) => !u.archived && (u._id === unit._id || u.path.includes(unit._id)));
    if (inside.length !== ids.length)
      throw new AppError('VALIDATION_FAILED', `所选单位有的不在${unit.name}之下或已撤销，请重新选择。`, {
        audience: '请重新选择单位',
      });
  }
  if (audience.kind === 'members') {
    const ids = [...new Set(audience.memberIds)];
    const count = await repo.members.count({ _id: { $in: ids }, unitPath: unit._id });
    if (count !== ids.length)
      throw new AppError('VALIDATION_FAILED', `所选党员有的不在${unit.name}之下，请重新选择。`, {
        audience: '请重新选择党员',
      });
  }
}

export async function publishBulletin(ctx: CallContext, input: z.output<typeof NoticePublishInput>) {
  const admin = requireMember(ctx);
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销，请返回刷新。');
  await checkAudience(ctx, unit, input.audience);
  const body = await checkFields(ctx, input);
  const base = { unitId: unit._id, audience: input.audience };
  const addressees = await findAll((skip) => repo.membersIn(addresseeFilter(base), skip, 100));
  if (addressees.length === 0)
    throw new AppError('VALIDATION_FAILED', '所选范围内还没有党员，请换一个发布范围。', { audience: '范围内没有党员' });
  const unitNames = await repo.unitNames(addressees.map((member) => member.unitId));
  const units: Record<string, UnitTally> = {};
  for (const member of addressees) {
    const key = mapKey(member.unitId);
    units[key] ??= {
      unitId: member.unitId,
      unitName: unitNames.get(member.unitId) ?? '',
      audience: 0,
      read: 0,
      confirmed: 0,
    };
    units[key].audience += 1;
  }
  const bulletin: BulletinDoc = {
    _id: newId('nt'),
    ...base,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    title: input.title,
    body,
    attachments: input.attachments,
    mustRead: input.mustRead,
    deadline: input.deadline,
    expiresAt: input.expiresAt,
    pinned: input.pinned,
    withdrawn: false,
    publishedAt: ctx.now,
    editedAt: null,
    audienceCount: addressees.length,
    readCount: 0,
    confirmedCount: 0,
    units,
    remindRound: 0,
    createdBy: admin._id,
  };
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  await bulletins.insert(bulletin);
  for (const member of addressees) await receipts.insert(newReceipt(bulletin, member, null));
  await noteBulletinPublished(
    ctx,
    addressees.map((member) => member._id),
    bulletin.mustRead,
  );
  await appendAudit(ctx, {
    action: 'notice.publish',
    summary: `在${unit.name}发布了${bulletin.mustRead ? '必读' : ''}通知「${bulletin.title}」（${addressees.length} 人）`,
    targetId: bulletin._id,
    targetName: bulletin.title,
    unitPath: bulletin.unitPath,
  });
  return { noticeId: bulletin._id };
}

/** A receipt as written at publish (unread), or for a member who joined the audience later (read now). */
export function newReceipt(
  bulletin: BulletinDoc,
  member: { _id: string; name: string; unitId: string; unitPath: string[] },
  readAt: number | null,
): ReceiptDoc {
  return {
    _id: receiptId(bulletin._id, member._id),
    bulletinId: bulletin._id,
    memberId: member._id,
    memberName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    readFlag: readAt === null ? 0 : 1,
    readAt,
    confirmedAt: null,
    remindedRound: 0,
    pinnedFlag: bulletin.pinned ? 1 : 0,
    mustRead: bulletin.mustRead,
    title: bulletin.title,
    deadline: bulletin.deadline,
    publishedAt: bulletin.publishedAt,
    showUntil: bulletin.expiresAt ?? NEVER,
    live: !bulletin.withdrawn,
  };
}

export async function loadBulletin(ctx: CallContext, bulletinId: string): Promise<BulletinDoc> {
  const bulletin = await bulletinsRepository(ctx.store).bulletins.get(bulletinId);
  if (!bulletin) throw new AppError('NOT_FOUND', '没有找到这条通知，可能已被删除，请返回刷新。');
  return bulletin;
}

async function addresseeIds(ctx: CallContext, bulletinId: string): Promise<string[]> {
  const { receipts } = bulletinsRepository(ctx.store);
  const all = await findAll((skip) => receipts.find({ bulletinId }, { sort: [['_id', 1]], skip, limit: 100 }));
  return all.map((receipt) => receipt.memberId);
}

const text = (value: string | number | boolean | null) => (value === null ? null : String(value));

export async function editBulletin(ctx: CallContext, input: z.output<typeof NoticeEditInput>) {
  const bulletin = await loadBulletin(ctx, input.noticeId);
  if (bulletin.withdrawn) throw new AppError('CONFLICT', '这条通知已撤回，不能再修改；如需发布请新建通知。');
  const body = await checkFields(ctx, input);
  const next = {
    title: input.title,
    body,
    attachments: input.attachments,
    mustRead: input.mustRead,
    deadline: input.deadline,
    expiresAt: input.expiresAt,
    pinned: input.pinned,
  };
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  await bulletins.updateWhere({ _id: bulletin._id }, { $set: { ...next, editedAt: ctx.now } });
  await receipts.updateWhere(
    { bulletinId: bulletin._id },
    {
      $set: {
        mustRead: next.mustRead,
        title: next.title,
        deadline: next.deadline,
        pinnedFlag: next.pinned ? 1 : 0,
        showUntil: next.expiresAt ?? NEVER,
      },
    },
    { multi: true },
  );
  if (next.mustRead !== bulletin.mustRead || next.expiresAt !== bulletin.expiresAt)
    await noteBulletinsChanged(ctx, await addresseeIds(ctx, bulletin._id));
  const changes: AuditChange[] = (['title', 'mustRead', 'deadline', 'expiresAt', 'pinned'] as const)
    .filter((field) => bulletin[field] !== next[field])
    .map((field) => ({ field, before: text(bulletin[field]), after: text(next[field]) }));
  if (bulletin.body !== body) changes.push({ field: 'body', before: null, after: null });
  await appendAudit(ctx, {
    action: 'notice.edit',
    summary: `修改了通知「${next.title}」`,
    targetId: bulletin._id,
    targetName: next.title,
    unitPath: bulletin.unitPath,
    changes,
  });
  return { noticeId: bulletin._id };
}

export async function unpublishBulletin(ctx: CallContext, bulletinId: string) {
  const bulletin = await loadBulletin(ctx, bulletinId);
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  const withdrawn = await bulletins.updateWhere({ _id: bulletin._id, withdrawn: false }, { $set: { withdrawn: true } });
  if (withdrawn === 0) return { noticeId: bulletin._id };
  await receipts.updateWhere({ bulletinId: bulletin._id }, { $set: { live: false } }, { multi: true });
  await noteBulletinsChanged(ctx, await addresseeIds(ctx, bulletin._id));
  await appendAudit(ctx, {
    action: 'notice.unpublish',
    summary: `撤回了通知「${bulletin.title}」`,
    targetId: bulletin._id,
    targetName: bulletin.title,
    unitPath: bulletin.unitPath,
  });
  return { noticeId: bulletin._id };
}

export async function pinBulletin(ctx: CallContext, bulletinId: string, pinned: boolean) {
  const bulletin = await loadBulletin(ctx, bulletinId);
  if (bulletin.pinned === pinned) return { noticeId: bulletin._id };
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  await bulletins.updateWhere({ _id: bulletin._id }, { $set: { pinned } });
  await receipts.updateWhere({ bulletinId: bulletin._id }, { $set: { pinnedFlag: pinned ? 1 : 0 } }, { multi: true });
  await appendAudit(ctx, {
    action: pinned ? 'notice.pin' : 'notice.unpin',
    summary: `${pinned ? '置顶' : '取消置顶'}了通知「${bulletin.title}」`,
    targetId: bulletin._id,
    targetName: bulletin.title,
    unitPath: bulletin.unitPath,
  });
  return { noticeId: bulletin._id };
}
