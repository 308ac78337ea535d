import type { CallContext } from '../../kernel/context';
import { appendAudit } from '../audit/audit';
import { forumRepository } from './forum.repository';

/** What moderators read on a post WeChat found a risky image in (members see the usual hidden notice). */
export const RISKY_IMAGE_REASON = '图片未通过微信内容安全检查';

/**
 * `system.mediaCheckResult`: WeChat's verdict on an image, matched to the upload by the trace id the check
 * answered (never shown to members, so a forged notice cannot name someone's image). The verdict is kept on the
 * upload; a risky image hides every topic and reply showing it, once, each hiding audited. Nothing is ever
 * un-hidden by a notice: that stays the secretary's decision.
 */
export async function mediaCheckResult(
  ctx: CallContext,
  input: { traceId: string; suggest: 'pass' | 'review' | 'risky' },
): Promise<{ hidden: number }> {
  const { uploads, topics, replies } = forumRepository(ctx.store);
  const [upload] = await uploads.find({ traceId: input.traceId }, { limit: 1 });
  if (!upload) return { hidden: 0 };
  await uploads.updateWhere({ _id: upload._id }, { $set: { verdict: input.suggest } });
  if (input.suggest !== 'risky') return { hidden: 0 };
  let hidden = 0;
  const hide = { $set: { hidden: true, hiddenReason: RISKY_IMAGE_REASON } };
  for (const topic of await topics.find({ imageFileIds: upload._id, hidden: false }, { limit: 100 })) {
    if ((await topics.updateWhere({ _id: topic._id, hidden: false }, hide)) === 0) continue;
    hidden += 1;
    await appendAudit(ctx, {
      action: 'forum.hide',
      summary: `隐藏交流园地话题“${topic.title}”：${RISKY_IMAGE_REASON}`,
      targetId: topic._id,
      unitPath: topic.unitPath,
    });
  }
  for (const reply of await replies.find({ imageFileIds: upload._id, hidden: false }, { limit: 100 })) {
    if ((await replies.updateWhere({ _id: reply._id, hidden: false }, hide)) === 0) continue;
    hidden += 1;
    await appendAudit(ctx, {
      action: 'forum.hide',
      summary: `隐藏交流园地回复：${RISKY_IMAGE_REASON}`,
      targetId: reply._id,
      unitPath: reply.unitPath,
    });
  }
  return { hidden };
}
