import type { CallContext } from '../../kernel/context';
import { postToBoard } from '../publicity/board-posts';
import { monthText, yuanText } from './money-text';
import { unitMonth } from './months.service';

const DAY = 86_400_000;

/**
 * 党费收缴情况 on the unit's public board: how many paid and the totals, never anyone's amount (a due
 * reveals an income). The board item's id comes from the unit and month, so publishing twice posts once.
 */
export async function publishMonth(ctx: CallContext, unitId: string, month: string, days: number) {
  const summary = await unitMonth(ctx, unitId, month);
  const withRecord = summary.members.filter((m) => m.dueFen !== null).length;
  const rate = summary.dueFen > 0 ? Math.round((summary.paidFen * 1000) / summary.dueFen) / 10 : 0;
  return postToBoard(ctx, {
    unitId,
    kind: 'dues',
    title: `${summary.unitName}${monthText(month)}党费收缴情况`,
    body: [
      `${monthText(month)}，${summary.unitName}应缴党费党员 ${withRecord} 人，已缴 ${summary.paidCount} 人，未缴 ${withRecord - summary.paidCount} 人。`,
      `本月应缴 ${yuanText(summary.dueFen)}，实缴 ${yuanText(summary.paidFen)}，收缴率 ${rate}%。`,
      '党费按《关于中国共产党党费收缴、使用和管理的规定》收缴。如有疑问，请向支部委员会反映。',
    ],
    startsAt: ctx.now,
    endsAt: ctx.now + days * DAY,
    source: { module: 'dues', id: `${unitId}:${month}` },
  });
}
