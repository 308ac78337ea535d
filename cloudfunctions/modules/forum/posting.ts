import { AppError } from '../../kernel/app-error';
import { callerOpenid, type CallContext } from '../../kernel/context';
import { publish } from '../../kernel/events';
import { DuplicateKeyError } from '../../store/types';
import type { MemberDoc } from '../members/members.types';
import { notify } from '../notices/notify';
import { chinaDay } from '../shared/china-time';
import { boardMemberFilter, type BoardUnit } from './board-unit';
import { forumRepository, monthPosterId } from './forum.repository';

/** What every post goes through before it is stored: content safety, owned images, real mentions. */

/** Refuses text the content-safety port finds risky, saying which field to change; nothing is stored. */
export async function assertSafeText(ctx: CallContext, fields: Record<string, string>): Promise<void> {
  for (const [field, text] of Object.entries(fields)) {
    if ((await ctx.platform.contentSafety.checkText(text, callerOpenid(ctx))) === 'risky')
      throw new AppError('CONTENT_REJECTED', '内容含有不适宜的词语，请修改后再发布。', {
        [field]: '请修改不适宜的词语',
      });
  }
}

/** Only images the writer uploaded themselves (and that passed the image check) can be attached. */
export async function assertOwnImages(ctx: CallContext, member: MemberDoc, fileIds: string[]): Promise<string[]> {
  const unique = [...new Set(fileIds)];
  if (unique.length === 0) return [];
  const owned = await forumRepository(ctx.store).uploads.find(
    { _id: { $in: unique }, memberId: member._id },
    { limit: unique.length },
  );
  if (owned.length !== unique.length)
    throw new AppError('VALIDATION_FAILED', '有图片没有上传成功，请删除后重新添加。', {
      imageFileIds: '请重新添加图片',
    });
  return unique;
}

/** The mentioned members who share the board (the writer excluded), each once. */
export async function boardMembers(
  ctx: CallContext,
  board: Pick<BoardUnit, 'unitId' | 'branch'>,
  writer: MemberDoc,
  ids: string[],
) {
  const unique = [...new Set(ids)].filter((id) => id !== writer._id);
  if (unique.length === 0) return [];
  const found = await ctx.store
    .collection<MemberDoc>('members')
    .find({ _id: { $in: unique }, ...boardMemberFilter(board) }, { limit: unique.length });
  return found;
}

/** Tells each mentioned member once, naming who mentioned them and where. */
export async function notifyMentions(
  ctx: CallContext,
  writer: MemberDoc,
  mentioned: MemberDoc[],
  topicTitle: string,
): Promise<void> {
  for (const member of mentioned)
    await notify(
      ctx,
      member,
      '有人在交流园地提到了您',
      `${writer.name}在“${topicTitle}”中提到了您，请到 我的 → 交流园地 查看。`,
      'notice_reminder',
    );
}

/** Announces a post for the participation figure; the first post of a member in a month is marked once. */
export async function announcePost(ctx: CallContext, member: MemberDoc, kind: 'topic' | 'reply'): Promise<void> {
  const month = chinaDay(ctx.now).slice(0, 7);
  let firstInMonth = true;
  try {
    await forumRepository(ctx.store).monthPosters.insert({
      _id: monthPosterId(member._id, month),
      memberId: member._id,
      month,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    firstInMonth = false;
  }
  await publish(ctx, {
    type: 'forum.posted',
    payload: { memberId: member._id, unitPath: [...member.unitPath], at: ctx.now, kind, firstInMonth },
  });
}
