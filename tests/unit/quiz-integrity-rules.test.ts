import { isAnswered, isNearBlank } from '../../cloudfunctions/modules/quiz/hand-in-rules';
import { questionIdentity } from '../../cloudfunctions/modules/quiz/question-identity';
import { revealTime, SEALED_FOR_GOOD } from '../../cloudfunctions/modules/quiz/question-seal';
import { reviewOpen } from '../../cloudfunctions/modules/quiz/review-policy';

describe('near-blank hand-ins', () => {
  test('empty choices and blank text are not answers; fewer than half answered is near-blank', () => {
    expect([[], '', '　 ', undefined].map((a) => isAnswered(a as never))).toEqual([false, false, false, false]);
    expect([[0], '党章', false].map((a) => isAnswered(a))).toEqual([true, true, true]);
    expect([0, 1, 2, 3].map((n) => isNearBlank(n, 5))).toEqual([true, true, true, false]);
    expect([3, 4].map((n) => isNearBlank(n, 8))).toEqual([true, false]);
  });
});

describe('question identity', () => {
  const base = {
    type: 'single' as const,
    stem: '选择词语的正确词形。',
    options: ['针砭时弊', '针贬时弊'],
    answer: ['A'],
  };
  test('options in any order, width and punctuation do not matter; other options or another answer do', () => {
    expect(questionIdentity({ ...base, options: ['针贬时弊', '针砭时弊'], answer: ['B'] })).toBe(
      questionIdentity(base),
    );
    expect(questionIdentity({ ...base, stem: '选择词语的正确词形' })).toBe(questionIdentity(base));
    expect(questionIdentity({ ...base, options: ['再接再厉', '再接再励'] })).not.toBe(questionIdentity(base));
    expect(questionIdentity({ ...base, answer: ['B'] })).not.toBe(questionIdentity(base));
    const blank = { type: 'blank' as const, stem: '中国共产党成立于哪一年', options: [], answer: ['1921', '1921年'] };
    expect(questionIdentity({ ...blank, answer: ['１９２１年', '1921'] })).toBe(questionIdentity(blank));
  });
});

describe('review policy', () => {
  const closesAt = 1_000;
  test('after_submit opens at once, after_close after the close, never not at all', () => {
    expect(reviewOpen(null, 1)).toBe(true);
    expect(reviewOpen({ reviewPolicy: 'after_close', closesAt }, closesAt)).toBe(false);
    expect(reviewOpen({ reviewPolicy: 'after_close', closesAt }, closesAt + 1)).toBe(true);
    expect(reviewOpen({ reviewPolicy: 'never', closesAt }, Number.MAX_SAFE_INTEGER - 1)).toBe(false);
    expect(revealTime({ reviewPolicy: 'never', closesAt }, 5)).toBe(SEALED_FOR_GOOD);
    expect(revealTime({ reviewPolicy: 'after_submit', closesAt }, 5)).toBe(5);
  });
});
