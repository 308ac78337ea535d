import { consumer } from '../../kernel/events';
import type { DocStore } from '../../store/types';
import { searchTerms } from '../study/search-terms';
import { studyRepository } from '../study/study.repository';
import type { ContentDoc } from '../study/study.types';
import { assistantRepository, passageId } from './assistant.repository';
import type { PassageDoc } from './assistant.types';
import { chunkContent } from '../../../types/passages';
import { gramCounts } from './retrieval';

/**
 * The passages the assistant retrieves from: those of published items only (a scheduled item's passages
 * wait for its publication time, which retrieval filters on). Rebuilt for one item whenever the study
 * module announces it changed; an item taken down loses its passages.
 */
export function passagesOf(content: ContentDoc): PassageDoc[] {
  if (content.status !== 'published' || content.publishAt === null) return [];
  return chunkContent(content.summary, content.body).map((chunk, index) => {
    const counts = gramCounts(`${content.title} ${chunk.heading} ${chunk.text}`);
    return {
      _id: passageId(content._id, index),
      contentId: content._id,
      passage: index,
      title: content.title,
      heading: chunk.heading,
      text: chunk.text,
      terms: [...new Set([...searchTerms(content.title, chunk.heading, chunk.text)])],
      length: [...counts.values()].reduce((sum, count) => sum + count, 0),
      audienceUnitId: content.audienceUnitId,
      publishAt: content.publishAt!,
    };
  });
}

/** The writes that replace one item's passages with those of its stored revision. */
export async function reindexWrites(store: DocStore, contentId: string): Promise<Array<() => Promise<unknown>>> {
  const { passages } = assistantRepository(store);
  const content = await studyRepository(store).contents.get(contentId);
  const fresh = content ? passagesOf(content) : [];
  return [
    () => passages.removeWhere({ contentId }, { multi: true }),
    ...fresh.map((doc) => () => passages.insert(doc)),
  ];
}

/** Indexes the whole library again (the demo seed, and after a restore). */
export async function rebuildPassageIndex(store: DocStore): Promise<number> {
  const { contents } = studyRepository(store);
  let indexed = 0;
  for (let skip = 0; ; skip += 100) {
    const page = await contents.find({ status: 'published' }, { sort: [['_id', 1]], skip, limit: 100 });
    for (const content of page) {
      for (const write of await reindexWrites(store, content._id)) await write();
      indexed += 1;
    }
    if (page.length < 100) return indexed;
  }
}

export const passageIndexConsumer = consumer({
  name: 'assistantPassages',
  types: ['content.changed'],
  plan: (event, ctx) => reindexWrites(ctx.store, event.payload.contentId),
});
