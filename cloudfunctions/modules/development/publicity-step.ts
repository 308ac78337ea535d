import type { DevelopmentStep } from '../../../types/development-rules';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import type { MemberDoc } from '../members/members.types';
import { postToBoard } from '../publicity/board-posts';
import { publicityRepository } from '../publicity/publicity.repository';
import type { StepDoc } from './development.types';
import { dateText } from './progress';

/**
 * A 公示 step on the unit's 公示栏: recording one whose period has not ended posts it there (once per step,
 * whatever retries happen); the step after it waits until objections raised on the board are handled.
 * A 公示 entered afterwards, its period over, is kept as its dates only.
 */
export async function postPublicity(
  ctx: CallContext,
  step: DevelopmentStep,
  member: MemberDoc,
  doc: StepDoc,
  endsAt: number | null,
): Promise<string | null> {
  if (!step.publicity || endsAt === null || endsAt <= ctx.now) return null;
  const admission = step.key === 'admissionPublicity';
  const { itemId } = await postToBoard(ctx, {
    unitId: member.unitId,
    kind: admission ? 'development_candidate' : 'probationary_conversion',
    title: `${member.name}同志${admission ? '拟接收为预备党员' : '拟按期转为正式党员'}的公示`,
    body: [
      `经支部研究，${member.name}同志${admission ? '拟接收为中共预备党员' : '预备期将满，拟按期转为中共正式党员'}，现予公示。`,
      `公示期自 ${dateText(doc.date)} 至 ${dateText(endsAt - 86_400_000)}。如有意见，请在公示期内通过公示栏提出。`,
    ],
    startsAt: doc.date,
    endsAt,
    source: { module: 'development', id: doc._id },
  });
  return itemId;
}

/** Refuses the step after a 公示 while an objection raised on the board is not handled, or when it was withdrawn. */
export async function assertPublicityCleared(ctx: CallContext, step: DevelopmentStep, done: StepDoc[]): Promise<void> {
  const { items } = publicityRepository(ctx.store);
  for (const interval of step.intervals) {
    const itemId = done.find((d) => d.stepKey === interval.from)?.publicityItemId;
    if (!itemId) continue;
    const item = await items.get(itemId);
    if (!item) continue;
    if (item.withdrawn)
      throw new AppError('CONFLICT', `公示「${item.title}」已撤回，请重新公示后再记录「${step.label}」。`);
    const open = item.objectionCount - item.handledCount;
    if (open > 0)
      throw new AppError(
        'CONFLICT',
        `公示期间收到的异议还有 ${open} 条未处理，请在公示栏处理后再记录「${step.label}」。`,
      );
  }
}
