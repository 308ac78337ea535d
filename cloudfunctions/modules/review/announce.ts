import { REVIEW_GRADE_LABELS, REVIEW_GRADES } from '../../../types/review-labels';
import type { CallContext } from '../../kernel/context';
import { findAll } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { notify } from '../notices/notify';
import { postToBoard } from '../publicity/board-posts';
import type { ReviewGradeDoc, ReviewRoundDoc } from './review.types';

const DAY = 86_400_000;

/**
 * 公示 of a round's outcome on the branch's public board: the counts per grade and the members rated 优秀,
 * never a member's lower grade by name (each member reads their own grade in the app). Every member under
 * review is told where to read it.
 */
export function outcomeLines(round: ReviewRoundDoc, grades: ReviewGradeDoc[]): string[] {
  const outcome = round.outcome!;
  const counts = REVIEW_GRADES.map((g) => `${REVIEW_GRADE_LABELS[g]} ${outcome[g]} 人`).join('，');
  const excellent = grades.filter((g) => g.grade === 'excellent').map((g) => g.memberName);
  return [
    `${round.unitName}${round.year}年度民主评议党员工作已完成组织评定，共评议党员 ${round.roster.length} 人：${counts}。`,
    ...(excellent.length ? [`评定为优秀的党员：${excellent.join('、')}。`] : []),
    '如有意见，请在公示期内向支部委员会反映。',
  ];
}

export async function announceOutcome(ctx: CallContext, round: ReviewRoundDoc, grades: ReviewGradeDoc[]) {
  const title = `${round.year}年度民主评议党员结果公示`;
  await postToBoard(ctx, {
    unitId: round.unitId,
    kind: 'review_result',
    title,
    body: outcomeLines(round, grades),
    startsAt: ctx.now,
    endsAt: Math.max(round.deadlines.publicity, ctx.now + DAY),
    source: { module: 'review', id: round._id },
  });
  const ids = round.roster.map((entry) => entry.memberId);
  const members = await findAll((skip) =>
    ctx.store.collection<MemberDoc>('members').find({ _id: { $in: ids } }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  for (const member of members)
    await notify(ctx, member, title, '支部民主评议结果已在公示栏公示，您可在“民主评议”中查看本人评议等次。');
}
