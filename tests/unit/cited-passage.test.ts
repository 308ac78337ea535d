import { citedBody } from '@/features/study/cited-passage';
import { chunkContent } from '../../types/passages';

/** A citation of 问一问 opens the item at its passage: the body is cut there and the passage's blocks marked. */
const SUMMARY = '党员的义务。';
const BODY =
  '<h2>第一条</h2><p>坚持学习。</p>' +
  `<h2>第二条</h2><ul><li>${'按期交纳党费'.repeat(5)}。</li><li>参加组织生活。</li></ul><p>结尾。</p>`;

describe('citedBody', () => {
  it('cuts before the list holding the passage and marks its items only', () => {
    const passage = chunkContent(SUMMARY, BODY).findIndex((p) => p.heading === '第二条');
    const cited = citedBody(SUMMARY, BODY, passage, true)!;
    expect(cited.before).toBe('<h2>第一条</h2><p>坚持学习。</p><h2>第二条</h2>');
    expect(cited.from.startsWith('<ul><li data-cited="true" style=')).toBe(true);
    expect(cited.from.match(/data-cited/g)).toHaveLength(3);
    expect(cited.before + cited.from.replace(/ data-cited="true" style="[^"]*"/g, '')).toBe(BODY);
  });

  it('keeps the marker but drops the highlight once it has faded', () => {
    const cited = citedBody(SUMMARY, BODY, 1, false)!;
    expect(cited.before).toBe('<h2>第一条</h2>');
    expect(cited.from.startsWith('<p data-cited="true" style="padding')).toBe(true);
    expect(cited.from).not.toContain('#FFF3E0');
  });

  it('has nothing to cut for the summary or a passage the item no longer has', () => {
    expect(citedBody(SUMMARY, BODY, 0, true)).toBeNull();
    expect(citedBody(SUMMARY, BODY, 9, true)).toBeNull();
  });
});
