import type { z } from 'zod';
import type { NoticeReceiptsInput } from '../../../types/schemas/notices';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import { adminCard } from './bulletin-reading';
import { bulletinsRepository } from './bulletins.repository';
import { loadBulletin } from './bulletins.service';
import type { BulletinDoc, ReceiptDoc } from './bulletins.types';
import { notify } from './notify';

/**
 * Read receipts for the admins who manage a notice: the tallies per unit kept on the notice, the addressees
 * page by page, reminders to those still unread (or unconfirmed, for a must-read notice).
 */
const FILTERS: Record<z.output<typeof NoticeReceiptsInput>['filter'], Filter> = {
  all: {},
  unread: { readFlag: 0 },
  read: { readFlag: 1 },
  confirmed: { confirmedAt: { $ne: null } },
};

export function unitTallies(bulletin: BulletinDoc, names: Map<string, string>) {
  return Object.values(bulletin.units)
    .map((tally) => ({
      unitId: tally.unitId,
      unitName: tally.unitName || names.get(tally.unitId) || '',
      audience: tally.audience ?? 0,
      read: tally.read ?? 0,
      confirmed: tally.confirmed ?? 0,
    }))
    .sort((a, b) => b.audience - a.audience || a.unitName.localeCompare(b.unitName, 'zh'));
}

export async function bulletinReceipts(ctx: CallContext, input: z.output<typeof NoticeReceiptsInput>) {
  const bulletin = await loadBulletin(ctx, input.noticeId);
  const { receipts } = bulletinsRepository(ctx.store);
  const filter = { bulletinId: bulletin._id, ...FILTERS[input.filter] };
  const [page, total] = await Promise.all([
    receipts.find(filter, {
      sort: [
        ['readFlag', 1],
        ['unitId', 1],
        ['memberName', 1],
      ],
      skip: input.skip,
      limit: input.limit,
    }),
    receipts.count(filter),
  ]);
  const names = await membersRepository(ctx.store).unitNames([
    ...page.map((receipt) => receipt.unitId),
    ...Object.values(bulletin.units).map((tally) => tally.unitId),
  ]);
  return {
    notice: adminCard(bulletin),
    units: unitTallies(bulletin, names),
    members: page.map((receipt) => ({
      memberId: receipt.memberId,
      name: receipt.memberName,
      unitName: names.get(receipt.unitId) ?? '',
      readAt: receipt.readAt,
      confirmedAt: receipt.confirmedAt,
      remindedRound: receipt.remindedRound,
    })),
    total,
    nextRound: bulletin.remindRound + 1,
  };
}

/** Those a reminder is for: not read, or (must-read) not confirmed. */
const pending = (bulletin: BulletinDoc): Filter => (bulletin.mustRead ? { confirmedAt: null } : { readFlag: 0 });

/**
 * Sends reminder round `round`: the next one, or the current one again (a second click, a retry), which then
 * reaches only those it has not reached yet. Each receipt moves to the round before its message goes, so no
 * member gets the same round twice, however many clicks or hosts race.
 */
export async function remindBulletin(ctx: CallContext, bulletinId: string, round: number) {
  const bulletin = await loadBulletin(ctx, bulletinId);
  if (bulletin.withdrawn) throw new AppError('CONFLICT', '这条通知已撤回，不能再提醒。');
  if (bulletin.expiresAt !== null && bulletin.expiresAt <= ctx.now)
    throw new AppError('CONFLICT', '这条通知已经到期，不能再提醒。');
  const { bulletins, receipts } = bulletinsRepository(ctx.store);
  if (round === bulletin.remindRound + 1)
    await bulletins.updateWhere({ _id: bulletin._id, remindRound: round - 1 }, { $set: { remindRound: round } });
  else if (round !== bulletin.remindRound)
    throw new AppError('CONFLICT', '提醒轮次已经变化（可能有其他管理员刚发过提醒），请刷新后再试。');
  const due = await findAll((skip) =>
    receipts.find(
      { bulletinId: bulletin._id, live: true, remindedRound: { $lt: round }, ...pending(bulletin) },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  const claimed: ReceiptDoc[] = [];
  for (const receipt of due) {
    const mine = await receipts.updateWhere(
      { _id: receipt._id, remindedRound: { $lt: round } },
      { $set: { remindedRound: round } },
    );
    if (mine === 1) claimed.push(receipt);
  }
  const repo = membersRepository(ctx.store);
  const title = bulletin.mustRead ? `必读通知待确认：${bulletin.title}` : `通知待阅读：${bulletin.title}`;
  for (let i = 0; i < claimed.length; i += 100) {
    const ids = claimed.slice(i, i + 100).map((receipt) => receipt.memberId);
    const members = await repo.members.find({ _id: { $in: ids } }, { limit: ids.length });
    for (const member of members)
      await notify(ctx, member, title, `${bulletin.unitName}提醒您查看这条通知`, 'notice_reminder');
  }
  await appendAudit(ctx, {
    action: 'notice.remind',
    summary: `第 ${round} 轮提醒了通知「${bulletin.title}」的 ${claimed.length} 位未${bulletin.mustRead ? '确认' : '读'}党员`,
    targetId: bulletin._id,
    targetName: bulletin.title,
    unitPath: bulletin.unitPath,
  });
  return { round, sent: claimed.length };
}
