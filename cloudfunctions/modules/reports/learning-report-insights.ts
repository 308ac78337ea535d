/**
 * What the report concludes from a member's answers, as pure steps: the rate per tag, the strengths, the
 * weak points (low rates in the period first, then tags still in the wrong-answer book) and the sentence
 * that explains each suggested item.
 */
export interface TagTally {
  tag: string;
  answered: number;
  correct: number;
  rate: number;
}

export interface Weakness {
  tag: string;
  rate: number | null;
  inWrongBook: number;
}

/** A strength needs at least this many answers at this rate or better. */
export const STRENGTH_MIN_ANSWERS = 3;
export const STRENGTH_MIN_RATE = 80;
/** A weak point from the period needs at least this many answers below this rate. */
export const WEAK_MIN_ANSWERS = 2;
export const WEAK_BELOW_RATE = 70;
const LISTED = 3;

const byTag = (a: { tag: string }, b: { tag: string }) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);

/** Per-tag counts from graded answers, each carrying the tags of its question; most answered first. */
export function tallyTags(answers: Array<{ tags: string[]; correct: boolean }>): TagTally[] {
  const counts = new Map<string, { answered: number; correct: number }>();
  for (const answer of answers)
    for (const tag of new Set(answer.tags)) {
      const count = counts.get(tag) ?? { answered: 0, correct: 0 };
      count.answered += 1;
      if (answer.correct) count.correct += 1;
      counts.set(tag, count);
    }
  return [...counts]
    .map(([tag, { answered, correct }]) => ({ tag, answered, correct, rate: Math.round((correct / answered) * 100) }))
    .sort((a, b) => b.answered - a.answered || byTag(a, b));
}

export function strengthsOf(tags: TagTally[]): TagTally[] {
  return tags
    .filter((t) => t.answered >= STRENGTH_MIN_ANSWERS && t.rate >= STRENGTH_MIN_RATE)
    .sort((a, b) => b.rate - a.rate || b.answered - a.answered || byTag(a, b))
    .slice(0, LISTED);
}

/** `wrongBookTags`: how many of the member's wrong-answer book questions carry each tag. */
export function weakPointsOf(tags: TagTally[], wrongBookTags: Map<string, number>): Weakness[] {
  const rates = new Map(tags.map((t) => [t.tag, t.rate]));
  const low = tags
    .filter((t) => t.answered >= WEAK_MIN_ANSWERS && t.rate < WEAK_BELOW_RATE)
    .sort((a, b) => a.rate - b.rate || b.answered - a.answered || byTag(a, b))
    .map((t) => ({ tag: t.tag, rate: t.rate, inWrongBook: wrongBookTags.get(t.tag) ?? 0 }));
  const strong = new Set(strengthsOf(tags).map((t) => t.tag));
  const fromBook = [...wrongBookTags]
    .filter(([tag]) => !strong.has(tag) && !low.some((w) => w.tag === tag))
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, inWrongBook]) => ({ tag, rate: rates.get(tag) ?? null, inWrongBook }));
  return [...low, ...fromBook].slice(0, LISTED);
}

/** Why an item is suggested, in the member's words. */
export function suggestionReason(weakness: Weakness, title: string): string {
  const why =
    weakness.rate !== null
      ? `您在「${weakness.tag}」相关题目中正确率 ${weakness.rate}%`
      : `您的错题本里有 ${weakness.inWrongBook} 道「${weakness.tag}」相关的题`;
  return `${why}，推荐学习「${title}」`;
}
