import { evaluateAssistant, loadEvalSet } from '../../bench/assistant-eval/evaluate';
import { localModel } from '../../cloudfunctions/platform/models';

/**
 * The evaluation set behind the README's 问一问 figure, with the local adapter: at least 50 answerable
 * questions, each naming items that exist in the demo library, and the targets of issue #19 met.
 */
const set = loadEvalSet();

it('asks 50+ answerable questions and some the library cannot answer', () => {
  expect(set.questions.filter((q) => q.answeredBy.length > 0).length).toBeGreaterThanOrEqual(50);
  expect(set.questions.some((q) => q.answeredBy.length === 0)).toBe(true);
  expect(new Set(set.questions.map((q) => q.question)).size).toBe(set.questions.length);
});

it('finds an answering item among the three best passages for 90% of them, and cites it', async () => {
  const scores = await evaluateAssistant(localModel, set);
  expect(scores.misses).toEqual([]);
  expect(scores.hitAt3).toBeGreaterThanOrEqual(0.9);
  expect(scores.citedRight).toBeGreaterThanOrEqual(0.9);
  expect(scores.noAnswerRight).toBe(1);
}, 60_000);
