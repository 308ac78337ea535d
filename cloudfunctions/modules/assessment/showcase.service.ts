import { SHOWCASE_TAG } from '../../../types/assessment-labels';
import { requireMember, type CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { fileUrl, visibleTo } from '../study/content-access';
import { studyRepository } from '../study/study.repository';

/** 先锋模范: published articles tagged for the showcase, addressed to a unit on the member's path, newest first. */
export async function showcaseStories(ctx: CallContext) {
  const member = requireMember(ctx);
  const found = await studyRepository(ctx.store).contents.find(
    { ...visibleTo(member, ctx.now), kind: 'article', tags: SHOWCASE_TAG },
    { sort: [['publishAt', -1]], limit: 50 },
  );
  const names = await membersRepository(ctx.store).unitNames(found.map((c) => c.audienceUnitId));
  return {
    items: await Promise.all(
      found.map(async (content) => ({
        contentId: content._id,
        title: content.title,
        summary: content.summary,
        coverUrl: await fileUrl(ctx, content.coverFileId),
        unitName: names.get(content.audienceUnitId) ?? '',
        publishAt: content.publishAt ?? content.createdAt,
      })),
    ),
  };
}
