import { gradeAnswer, normaliseBlank, shownAnswer, stemKey } from '../../cloudfunctions/modules/quiz/grading';
import { scheduleAnswer } from '../../cloudfunctions/modules/quiz/wrong-book';

/** Grading of every question type, blank normalisation, and the wrong-book schedule on a fake clock. */
const single = { type: 'single' as const, answer: ['B'] };
const multiple = { type: 'multiple' as const, answer: ['A', 'C', 'D'] };
const judge = { type: 'judge' as const, answer: ['错'] };
const blank = { type: 'blank' as const, answer: ['为人民服务', 'Serve the People'] };

describe('grading', () => {
  test('single choice, through the attempt’s shuffled order', () => {
    // Shown order: original [2, 1, 0]; position 1 shows original B.
    expect(gradeAnswer(single, [1], [2, 1, 0], 'none')).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(single, [0], [2, 1, 0], 'none')).toMatchObject({ correct: false, score: 0 });
    expect(gradeAnswer(single, [1, 2], [2, 1, 0], 'none').score).toBe(0);
    expect(gradeAnswer(single, [7], [2, 1, 0], 'none').score).toBe(0);
    expect(gradeAnswer(single, true, [2, 1, 0], 'none').score).toBe(0);
  });

  test('multiple choice: all right, partial credit by policy, any wrong pick scores nothing', () => {
    expect(gradeAnswer(multiple, [0, 2, 3], undefined, 'half')).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(multiple, [3, 0, 2], undefined, 'none').score).toBe(1);
    expect(gradeAnswer(multiple, [0, 2], undefined, 'none').score).toBe(0);
    expect(gradeAnswer(multiple, [0, 2], undefined, 'half')).toMatchObject({ correct: false, score: 0.5 });
    expect(gradeAnswer(multiple, [0], undefined, 'proportional').score).toBe(0.33);
    expect(gradeAnswer(multiple, [0, 1], undefined, 'half').score).toBe(0);
    expect(gradeAnswer(multiple, [], undefined, 'half').score).toBe(0);
  });

  test('true/false', () => {
    expect(gradeAnswer(judge, false, undefined, 'none').correct).toBe(true);
    expect(gradeAnswer(judge, true, undefined, 'none').correct).toBe(false);
    expect(gradeAnswer(judge, '错', undefined, 'none').correct).toBe(false);
  });

  test('fill in the blank: several accepted answers, full/half width and spaces ignored', () => {
    expect(gradeAnswer(blank, '为人民服务', undefined, 'none').correct).toBe(true);
    expect(gradeAnswer(blank, ' 为 人民　服务 ', undefined, 'none').correct).toBe(true);
    expect(gradeAnswer(blank, 'ｓｅｒｖｅ ｔｈｅ ｐｅｏｐｌｅ', undefined, 'none').correct).toBe(true);
    expect(gradeAnswer(blank, '为人民', undefined, 'none').correct).toBe(false);
    expect(gradeAnswer(blank, '   ', undefined, 'none').correct).toBe(false);
    expect(normaliseBlank('ＡＢＣ１２３ x')).toBe('abc123x');
  });

  test('no answer scores nothing', () => {
    expect(gradeAnswer(single, undefined, undefined, 'none')).toEqual({ given: null, correct: false, score: 0 });
  });

  test('the right answer is shown in the attempt’s order', () => {
    expect(shownAnswer(single, [2, 1, 0])).toEqual([1]);
    expect(shownAnswer(multiple, [3, 2, 1, 0])).toEqual([0, 1, 3]);
    expect(shownAnswer(judge, undefined)).toBe(false);
  });

  test('duplicate stems are found across punctuation and width', () => {
    expect(stemKey('党的根本宗旨是什么？')).toBe(stemKey('党的根本宗旨是什么 ?'));
  });
});

describe('wrong-answer book (FSRS, no fuzz)', () => {
  const DAY = 86_400_000;
  const t0 = Date.UTC(2026, 10, 22, 0, 0, 0);

  test('a right answer to a question not in the book adds nothing', () => {
    expect(scheduleAnswer(null, 'm', 'q', true, t0)).toBeNull();
  });

  test('a wrong answer enters the book due soon; right reviews push it out; a wrong one brings it back', () => {
    const entered = scheduleAnswer(null, 'm', 'q', false, t0)!;
    expect(entered.due - t0).toBeLessThan(DAY);
    expect(entered.lapses).toBe(0);
    const first = scheduleAnswer(entered, 'm', 'q', true, entered.due)!;
    const second = scheduleAnswer(first, 'm', 'q', true, first.due)!;
    const third = scheduleAnswer(second, 'm', 'q', true, second.due)!;
    expect(second.due - first.due).toBeGreaterThan(first.due - entered.due);
    expect(third.due - second.due).toBeGreaterThan(second.due - first.due);
    const lapsed = scheduleAnswer(third, 'm', 'q', false, third.due)!;
    expect(lapsed.due - third.due).toBeLessThan(DAY);
    expect(lapsed.lapses).toBe(1);
  });

  test('the same answers on the same clock give the same schedule', () => {
    const a = scheduleAnswer(null, 'm', 'q', false, t0);
    const b = scheduleAnswer(null, 'm', 'q', false, t0);
    expect(a).toEqual(b);
  });
});
