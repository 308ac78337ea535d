import { draftFromKeySentences } from '../../cloudfunctions/modules/assistant/drafts-local';
import type { QuestionDraftDoc } from '../../cloudfunctions/modules/assistant/drafts.types';
import type { ContentDoc } from '../../cloudfunctions/modules/study/study.types';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * AI 出题 drafts waiting for review, as the key-sentence rules draft them from the demo's 三会一课 item: for
 * the committee's bank and for 东湖社区党支部's, so the secretary and the org admin each find some. Written
 * only into a store without drafts.
 */
const SOURCE = 'c-demo-2';
const BANKS = [
  { unitId: 'u-committee', path: ['u-committee'] },
  { unitId: 'u-b-east', path: ['u-committee', 'u-gb-com', 'u-b-east'] },
];

export async function seedDemoDrafts(store: DocStore, now: number): Promise<boolean> {
  const drafts = store.collection<QuestionDraftDoc>('question_drafts');
  if ((await drafts.count({})) > 0) return false;
  const content = await store.collection<ContentDoc>('contents').get(SOURCE);
  if (!content) return false;
  for (const bank of BANKS)
    for (const [i, draft] of draftFromKeySentences(content, 4).entries())
      await drafts.insert({
        _id: `qd-demo-${bank.unitId}-${i + 1}`,
        bankUnitId: bank.unitId,
        bankPath: bank.path,
        contentId: content._id,
        contentTitle: content.title,
        ...draft,
        tags: content.tags.slice(0, 5),
        origin: 'rules',
        status: 'pending',
        questionId: null,
        version: 1,
        createdBy: 'm-002',
        createdAt: now - (i + 1) * 60_000,
        updatedAt: now - (i + 1) * 60_000,
      });
  return true;
}
