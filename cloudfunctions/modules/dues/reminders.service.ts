import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import { notify } from '../notices/notify';
import { duesRepository, monthDocId, monthOf } from './dues.repository';
import { yuanText } from './money-text';

/**
 * Arrears reminders: a member with an unpaid month before this one hears about it once a month. The
 * reminder's id (member and this month) is claimed before the notice goes out, so a second run, or two
 * timers at once, send nothing more.
 */
export async function sendArrearsReminders(ctx: CallContext) {
  const thisMonth = monthOf(ctx.now);
  const { months, reminders } = duesRepository(ctx.store);
  const owed = new Map<string, { months: string[]; fen: number }>();
  let after = '';
  for (;;) {
    const page = await months.find(
      { state: 'due', month: { $lt: thisMonth }, _id: { $gt: after } },
      { sort: [['_id', 1]], limit: 100 },
    );
    for (const record of page) {
      const entry = owed.get(record.memberId) ?? { months: [], fen: 0 };
      entry.months.push(record.month);
      entry.fen += record.dueFen;
      owed.set(record.memberId, entry);
    }
    if (page.length < 100) break;
    after = page[page.length - 1]!._id;
  }
  let reminded = 0;
  for (const [memberId, entry] of owed) {
    try {
      await reminders.insert({ _id: monthDocId(memberId, thisMonth), memberId, month: thisMonth, at: ctx.now });
    } catch (error) {
      if (error instanceof DuplicateKeyError) continue;
      throw error;
    }
    const member = await membersRepository(ctx.store).memberById(memberId);
    if (!member) continue;
    const oldest = entry.months.sort()[0]!;
    await notify(
      ctx,
      member,
      '党费缴纳提醒',
      `您有 ${entry.months.length} 个月的党费尚未缴纳（自 ${Number(oldest.slice(5, 7))} 月起，共 ${yuanText(entry.fen)}），请在“我的党费”中缴纳或交给支部。`,
      'notice_reminder',
    );
    reminded += 1;
  }
  return { reminded };
}
