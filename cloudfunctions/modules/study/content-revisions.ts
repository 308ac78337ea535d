import { searchTerms } from './search-terms';
import type { ContentDoc, ContentRevision } from './study.types';

/**
 * Published and draft revisions of an item. Once members can read an item, saving it keeps the edits as a
 * draft beside the published revision; publishing makes the draft the published revision. Before that
 * (a draft, a scheduled or a taken-down item) nobody reads it, so edits apply in place.
 */
export const isReadByMembers = (content: Pick<ContentDoc, 'status' | 'publishAt'>, now: number) =>
  content.status === 'published' && content.publishAt !== null && content.publishAt <= now;

/** The fields of a revision as the published item stores them, with the search terms that go with them. */
export function publishedFields(revision: ContentRevision): ContentRevision & Pick<ContentDoc, 'terms'> {
  return { ...revision, terms: searchTerms(revision.title, revision.summary, ...revision.tags) };
}

/** What the editor works on: the draft when there is one, else the item as stored. */
export const editedRevision = (content: ContentDoc): ContentDoc =>
  content.draft ? { ...content, ...content.draft } : content;
