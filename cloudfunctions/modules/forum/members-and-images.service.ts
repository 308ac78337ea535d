import { INACTIVE_MEMBER_STATUSES } from '../../../types/labels';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { IMAGE_TYPES } from '../../platform/files';
import type { MemberDoc } from '../members/members.types';
import { boardMemberFilter, boardUnitOf } from './board-unit';
import { discardImages } from './discard-images';
import { forumRepository } from './forum.repository';

/** What a post needs before it is written: images uploaded and checked, and whom it may @mention. */
const MAX_IMAGE_BYTES = 1_000_000;

/**
 * Stores one image after the image check. A risky image is refused and not kept; WeChat's verdict on the
 * rest arrives later, so its trace id is kept with the upload.
 */
export async function uploadImage(ctx: CallContext, input: { name: string; content: string }) {
  const member = requireMember(ctx);
  const content = Buffer.from(input.content, 'base64');
  if (content.length === 0 || content.length > MAX_IMAGE_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', '图片太大，请压缩到 1 MB 以内。');
  const ext = input.name.split('.').pop()?.toLowerCase() ?? '';
  const fileId = await ctx.platform.files.put(input.name, content, IMAGE_TYPES[ext] ?? 'application/octet-stream');
  const url = await ctx.platform.files.urlOf(fileId);
  if (!url) throw new AppError('INTERNAL');
  const { verdict, traceId } = await ctx.platform.contentSafety.checkImage(url, callerOpenid(ctx));
  if (verdict === 'risky') {
    await discardImages(ctx, [fileId], 'refused on upload');
    throw new AppError('CONTENT_REJECTED', '图片未通过安全检测，请换一张。', { imageFileIds: '请换一张图片' });
  }
  await forumRepository(ctx.store).uploads.insert({ _id: fileId, memberId: member._id, at: ctx.now, traceId });
  return { fileId, url };
}

/** Members who share the caller's board (党小组 included) whose name starts with `prefix`: names only, for the @ picker. */
export async function mentionCandidates(ctx: CallContext, prefix: string) {
  const member = requireMember(ctx);
  const byName = prefix ? { name: { $gte: prefix, $lt: `${prefix}\uffff` } } : {};
  const board = await boardUnitOf(ctx, member);
  const found = await ctx.store.collection<MemberDoc>('members').find(
    {
      ...boardMemberFilter(board),
      _id: { $ne: member._id },
      status: { $nin: [...INACTIVE_MEMBER_STATUSES] },
      ...byName,
    },
    {
      sort: [['nameKey', 1]],
      limit: 20,
    },
  );
  return { items: found.map((m) => ({ memberId: m._id, name: m.name })) };
}
