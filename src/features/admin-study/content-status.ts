import { CONTENT_STATUS_LABELS, type ContentStatus } from '@contract/labels';

/** What the list says about an item: 定时发布 is a published item whose time has not come yet. */
export function contentStateTag(
  status: ContentStatus,
  publishAt: number | null,
  now = Date.now(),
): { label: string; type: 'default' | 'success' | 'warning' | 'primary' } {
  if (status === 'published' && publishAt !== null && publishAt > now) return { label: '定时发布', type: 'warning' };
  if (status === 'published') return { label: CONTENT_STATUS_LABELS.published, type: 'success' };
  if (status === 'draft') return { label: CONTENT_STATUS_LABELS.draft, type: 'default' };
  return { label: CONTENT_STATUS_LABELS.taken_down, type: 'default' };
}

/** Search within loaded rows: every word typed must appear in the title. */
export function matchesSearch(title: string, search: string): boolean {
  return search
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => title.toLowerCase().includes(word.toLowerCase()));
}
