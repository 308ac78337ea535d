import type { Difficulty, QuestionType } from '../../../types/labels';
import { passageRef, passagesOf, sentencesOf, type Passage } from './drafts-passages';

/**
 * Drafting without a model: key sentences of the item become fill-in (a key term blanked) and true/false
 * questions (true as written; false with a term swapped for another of the same kind from the same item).
 * Deterministic, so the same item drafts the same questions.
 */
export interface DraftContent {
  type: QuestionType;
  stem: string;
  options: string[];
  answer: string[];
  explanation: string;
  difficulty: Difficulty;
  passage: string;
  passageRef: string;
}

type TermKind = 'tag' | 'quoted' | 'frequency' | 'number' | 'listed' | 'phrase';
interface Term {
  text: string;
  kind: TermKind;
}

/** Preferred first: what the item is about, then quoted names, figures, and listed or qualified phrases. */
const KIND_ORDER: TermKind[] = ['tag', 'quoted', 'frequency', 'number', 'listed', 'phrase'];
export const BLANK = '____';

function termsIn(sentence: string, topics: string[]): Term[] {
  const terms: Term[] = [];
  const add = (text: string | undefined, kind: TermKind) => {
    if (text && text.length >= 2 && text.length <= 12 && !terms.some((t) => t.text === text))
      terms.push({ text, kind });
  };
  for (const topic of topics) if (sentence.includes(topic)) add(topic, 'tag');
  for (const match of sentence.matchAll(/[「“《]([^」”》]{2,12})[」”》]/g)) add(match[1], 'quoted');
  for (const match of sentence.matchAll(/每(?:年|半年|季度|月|周|天)/g)) add(match[0], 'frequency');
  for (const match of sentence.matchAll(/\d+(?:\.\d+)?\s*(?:年|个月|月|日|次|条|项|个|%)?/g))
    add(match[0].trim(), 'number');
  if (sentence.includes('、')) {
    const pieces = sentence.split('、');
    for (const piece of pieces.slice(1)) add(/^[\u4e00-\u9fa5]{2,8}$/.test(piece) ? piece : undefined, 'listed');
    add(/[的是]([\u4e00-\u9fa5]{2,6})$/.exec(pieces[pieces.length - 1] ?? '')?.[1], 'phrase');
  }
  add(/的([\u4e00-\u9fa5]{2,6})$/.exec(sentence)?.[1], 'phrase');
  return terms.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

interface KeySentence {
  sentence: string;
  passage: Passage;
  term: Term;
}

function keySentences(passages: Passage[], topics: string[]): KeySentence[] {
  const found: KeySentence[] = [];
  for (const passage of passages)
    for (const sentence of sentencesOf(passage)) {
      const [term] = termsIn(sentence, topics);
      if (term) found.push({ sentence, passage, term });
    }
  // Sentences about the item's topics first; reading order otherwise (the sort is stable).
  return found.sort((a, b) => KIND_ORDER.indexOf(a.term.kind) - KIND_ORDER.indexOf(b.term.kind));
}

function citation(key: KeySentence, title: string): string {
  return `原文：「${key.sentence}」（《${title}》${passageRef(key.passage)}）`.slice(0, 500);
}

function cloze(key: KeySentence, title: string): DraftContent {
  return {
    type: 'blank',
    stem: key.sentence.replace(key.term.text, BLANK),
    options: [],
    answer: [key.term.text],
    explanation: citation(key, title),
    difficulty: 'medium',
    passage: key.sentence,
    passageRef: passageRef(key.passage),
  };
}

/**
 * Terms that can stand in for each other and make a plausible but false statement: figures for figures,
 * frequencies for frequencies, and qualified phrases sharing their head (首创精神 for 奋斗精神).
 */
function swappable(term: Term, other: Term): boolean {
  if (other.text === term.text || other.kind !== term.kind) return false;
  if (term.kind === 'phrase') return other.text.slice(-2) === term.text.slice(-2);
  return term.kind === 'frequency' || term.kind === 'number';
}

/** False when another term of the same kind exists to swap in; true as written otherwise. */
function trueOrFalse(key: KeySentence, title: string, pool: Term[], wantFalse: boolean): DraftContent {
  const swap = wantFalse ? pool.find((t) => swappable(key.term, t) && !key.sentence.includes(t.text)) : undefined;
  const explanation = swap
    ? `${citation(key, title)}。原文是“${key.term.text}”，不是“${swap.text}”。`
    : citation(key, title);
  return {
    type: 'judge',
    stem: swap ? key.sentence.replace(key.term.text, swap.text) : key.sentence,
    options: [],
    answer: [swap ? '错' : '对'],
    explanation: explanation.slice(0, 500),
    difficulty: 'easy',
    passage: key.sentence,
    passageRef: passageRef(key.passage),
  };
}

/** Up to `count` drafts from the item's body: fill-in and true/false in turn, one key sentence each. */
export function draftFromKeySentences(
  content: { title: string; body: string; tags: string[] },
  count: number,
): DraftContent[] {
  const passages = passagesOf(content.body);
  const keys = keySentences(passages, content.tags);
  const pool = passages.flatMap((p) => sentencesOf(p).flatMap((s) => termsIn(s, content.tags)));
  const drafts: DraftContent[] = [];
  keys.forEach((key, i) => {
    if (drafts.length >= count) return;
    const draft = i % 2 === 0 ? cloze(key, content.title) : trueOrFalse(key, content.title, pool, i % 4 === 1);
    if (!drafts.some((d) => d.stem === draft.stem)) drafts.push(draft);
  });
  return drafts;
}
