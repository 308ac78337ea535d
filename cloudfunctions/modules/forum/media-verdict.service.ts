import type { CallContext } from '../../kernel/context';
import type { Collection } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { discardImages } from './discard-images';
import { forumRepository } from './forum.repository';
import type { ReplyDoc, TopicDoc } from './forum.types';

/** What moderators read on a post WeChat found a risky image in (members see the usual hidden notice). */
export const RISKY_IMAGE_REASON = '图片未通过微信内容安全检查';

/**
 * Takes a risky image out of every post showing it: a post still shown is hidden (once, audited); one hidden
 * already just loses the image, whose file is about to be deleted. Returns how many posts it hid.
 */
async function withdrawImage<T extends TopicDoc | ReplyDoc>(
  ctx: CallContext,
  posts: Collection<T>,
  fileId: string,
  summaryOf: (post: T) => string,
): Promise<number> {
  let hidden = 0;
  for (const post of await posts.find({ imageFileIds: fileId }, { limit: 100 })) {
    const imageFileIds = post.imageFileIds.filter((id) => id !== fileId);
    const hid = await posts.updateWhere(
      { _id: post._id, hidden: false },
      {
        $set: { hidden: true, hiddenReason: RISKY_IMAGE_REASON, imageFileIds },
      },
    );
    if (!hid) {
      await posts.updateWhere({ _id: post._id }, { $set: { imageFileIds } });
      continue;
    }
    hidden += 1;
    await appendAudit(ctx, {
      action: 'forum.hide',
      summary: summaryOf(post),
      targetId: post._id,
      unitPath: post.unitPath,
    });
  }
  return hidden;
}

/**
 * `system.mediaCheckResult`: WeChat's verdict on an image, matched to the upload by the trace id the check
 * answered (never shown to members, so a forged notice cannot name someone's image). The verdict is kept on the
 * upload; a risky image hides every topic and reply showing it, once, each hiding audited, and its file is
 * deleted from storage. Nothing is ever un-hidden by a notice: that stays the secretary's decision.
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
  const hidden =
    (await withdrawImage(
      ctx,
      topics,
      upload._id,
      (topic) => `隐藏交流园地话题“${topic.title}”：${RISKY_IMAGE_REASON}`,
    )) + (await withdrawImage(ctx, replies, upload._id, () => `隐藏交流园地回复：${RISKY_IMAGE_REASON}`));
  await discardImages(ctx, [upload._id], 'risky in WeChat media check');
  return { hidden };
}
