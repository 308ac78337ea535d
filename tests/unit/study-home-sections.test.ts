import type { ContentCard } from '../../types/schemas/study';
import { homeSections } from '../../src/features/study/home-sections';

const card = (contentId: string): ContentCard => ({
  contentId,
  kind: 'article',
  category: 'theory',
  title: contentId,
  summary: '',
  coverUrl: null,
  tags: [],
  estimatedMinutes: 3,
  publishAt: 0,
  percent: 0,
  completed: false,
});
const ids = (items: ContentCard[]) => items.map((item) => item.contentId);

test('an item appears once on the study home, in the first section that has it', () => {
  const sections = homeSections({
    resume: card('a'),
    shownElsewhere: ['b'],
    recommended: [card('a'), card('b'), card('c')],
    latest: [card('c'), card('a'), card('d'), card('b')],
  });
  expect(sections.resume?.contentId).toBe('a');
  expect(ids(sections.recommended)).toEqual(['c']);
  expect(ids(sections.latest)).toEqual(['d']);
});

test('the item to resume is dropped when the plan card already offers it', () => {
  const sections = homeSections({ resume: card('a'), shownElsewhere: ['a'], recommended: [], latest: [card('a')] });
  expect(sections.resume).toBeNull();
  expect(sections.latest).toEqual([]);
});
