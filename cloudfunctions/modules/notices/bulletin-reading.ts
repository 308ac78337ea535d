import type { AdminNoticeCard, NoticeCard, NoticeDetail } from '../../../types/schemas/notices';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { mapKey } from '../home/home.repository';
import { noteBulletinReceipt } from '../home/summary-notes';
import type { MemberDoc } from '../members/members.types';
import { FILE_SCHEME, referencedFiles } from '../study/sanitize';
import { inBulletinAudience } from './bulletin-audience';
import { bulletinsRepository, receiptId } from './bulletins.repository';
import { loadBulletin, newReceipt } from './bulletins.service';
import type { BulletinDoc, ReceiptDoc } from './bulletins.types';

/**
 * Members reading 通知公告. Opening a notice records the read receipt once: the receipt's id is the member and
 * the notice, and it turns read only from unread, so two devices opening it at once count one read.
 */
function card(bulletin: BulletinDoc, receipt: ReceiptDoc | null): NoticeCard {
  return {
    noticeId: bulletin._id,
    title: bulletin.title,
    unitName: bulletin.unitName,
    publishedAt: bulletin.publishedAt,
    pinned: bulletin.pinned,
    mustRead: bulletin.mustRead,
    deadline: bulletin.deadline,
    read: receipt?.readFlag === 1,
    confirmed: receipt?.confirmedAt !== null && receipt?.confirmedAt !== undefined,
    edited: bulletin.editedAt !== null,
    attachmentCount: bulletin.attachments.length,
  };
}

export function adminCard(bulletin: BulletinDoc): AdminNoticeCard {
  const { read: _read, confirmed: _confirmed, ...rest } = card(bulletin, null);
  return {
    ...rest,
    unitId: bulletin.unitId,
    audienceCount: bulletin.audienceCount,
    readCount: bulletin.readCount,
    confirmedCount: bulletin.confirmedCount,
    withdrawn: bulletin.withdrawn,
    expiresAt: bulletin.expiresAt,
  };
}

export async function listMyBulletins(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  const showing = { memberId: member._id, live: true, showUntil: { $gt: ctx.now } };
  const [page, total, unread] = await Promise.all([
    receipts.find(showing, {
      sort: [
        ['readFlag', 1],
        ['pinnedFlag', -1],
        ['publishedAt', -1],
      ],
      skip,
      limit,
    }),
    receipts.count(showing),
    receipts.count({ ...showing, readFlag: 0 }),
  ]);
  const docs = page.length
    ? await bulletins.find({ _id: { $in: page.map((receipt) => receipt.bulletinId) } }, { limit: page.length })
    : [];
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const items = page.flatMap((receipt) => {
    const bulletin = byId.get(receipt.bulletinId);
    return bulletin ? [card(bulletin, receipt)] : [];
  });
  return { items, total, unread };
}

/** The member's receipt, read now if it was not; a member who joined the audience after publishing gets one. */
async function markRead(ctx: CallContext, bulletin: BulletinDoc, member: MemberDoc): Promise<ReceiptDoc> {
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  const id = receiptId(bulletin._id, member._id);
  const existing = await receipts.get(id);
  if (!existing) {
    try {
      const late = newReceipt(bulletin, member, ctx.now);
      await receipts.insert(late);
      const key = mapKey(member.unitId);
      await bulletins.updateWhere(
        { _id: bulletin._id },
        {
          $set: { [`units.${key}.unitId`]: member.unitId },
          $inc: { audienceCount: 1, readCount: 1, [`units.${key}.audience`]: 1, [`units.${key}.read`]: 1 },
        },
      );
      return late;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      return (await receipts.get(id)) as ReceiptDoc;
    }
  }
  if (existing.readFlag === 1) return existing;
  const turned = await receipts.updateWhere({ _id: id, readFlag: 0 }, { $set: { readFlag: 1, readAt: ctx.now } });
  if (turned === 1) {
    await bulletins.updateWhere(
      { _id: bulletin._id },
      { $inc: { readCount: 1, [`units.${mapKey(existing.unitId)}.read`]: 1 } },
    );
    if (existing.live) await noteBulletinReceipt(ctx, member._id, 'read');
  }
  return (await receipts.get(id)) ?? existing;
}

async function detail(ctx: CallContext, bulletin: BulletinDoc, receipt: ReceiptDoc | null, addressee: boolean) {
  const urls = await Promise.all(bulletin.attachments.map((file) => ctx.platform.files.urlOf(file.fileId)));
  // Images in the body point at stored files; the reader gets URLs it can load.
  let body = bulletin.body;
  for (const fileId of referencedFiles(body))
    body = body.split(`${FILE_SCHEME}:${fileId}`).join((await ctx.platform.files.urlOf(fileId)) ?? '');
  const answer: NoticeDetail = {
    ...card(bulletin, receipt),
    body,
    attachments: bulletin.attachments.map((file, i) => ({ ...file, url: urls[i] ?? null })),
    expiresAt: bulletin.expiresAt,
    editedAt: bulletin.editedAt,
    addressee,
    withdrawn: bulletin.withdrawn,
  };
  return answer;
}

/** The router let in addressees and admins who manage the notice; only an addressee leaves a receipt. */
export async function openBulletin(ctx: CallContext, bulletinId: string) {
  const member = requireMember(ctx);
  const bulletin = await loadBulletin(ctx, bulletinId);
  const addressee = inBulletinAudience(bulletin, member);
  if (!addressee) return detail(ctx, bulletin, null, false);
  if (bulletin.withdrawn) throw new AppError('NOT_FOUND', '这条通知已被发布单位撤回，请返回通知列表。');
  return detail(ctx, bulletin, await markRead(ctx, bulletin, member), true);
}

export async function confirmBulletin(ctx: CallContext, bulletinId: string) {
  const member = requireMember(ctx);
  const bulletin = await loadBulletin(ctx, bulletinId);
  if (bulletin.withdrawn) throw new AppError('NOT_FOUND', '这条通知已被发布单位撤回，请返回通知列表。');
  if (!bulletin.mustRead) throw new AppError('VALIDATION_FAILED', '这条通知不是必读通知，阅读即可，无需确认。');
  const receipt = await markRead(ctx, bulletin, member);
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  const confirmed = await receipts.updateWhere(
    { _id: receipt._id, confirmedAt: null },
    { $set: { confirmedAt: ctx.now } },
  );
  if (confirmed === 1) {
    await bulletins.updateWhere(
      { _id: bulletin._id },
      { $inc: { confirmedCount: 1, [`units.${mapKey(receipt.unitId)}.confirmed`]: 1 } },
    );
    if (receipt.live && receipt.mustRead) await noteBulletinReceipt(ctx, member._id, 'confirmed');
  }
  return detail(ctx, bulletin, await receipts.get(receipt._id), true);
}

export async function listUnitBulletins(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { bulletins } = bulletinsRepository(ctx.store);
  const filter = { unitPath: unitId };
  const [items, total] = await Promise.all([
    bulletins.find(filter, { sort: [['publishedAt', -1]], skip, limit }),
    bulletins.count(filter),
  ]);
  return { items: items.map(adminCard), total };
}
