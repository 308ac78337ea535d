import type { CallContext } from '../../kernel/context';
import type { MemberDoc } from '../members/members.types';
import { assistantRepository } from './assistant.repository';
import type { PassageDoc } from './assistant.types';

/**
 * BM25 over the character bigrams of the passages a member may read (a one-character word counts as
 * itself). Candidates come from the indexed `terms` match, then every candidate is scored in memory.
 * `coverage` is the share of the question's characters that the bigrams a passage shares with it span: a
 * question whose words the library never uses covers little however its common words match.
 */
const K1 = 1.2;
const B = 0.75;
const MAX_CANDIDATE_PAGES = 5;
const PAGE = 100;

/** Question words and fillers that say nothing about the subject. */
const QUESTION_WORDS =
  /请问|什么|怎么样|怎么|怎样|如何|有哪些|哪些|哪个|哪里|哪儿|为什么|是不是|是否|多长时间|多少|有没有|能不能|一下|应当|应该|需要|是(?=[多哪什怎谁几])|呢|吗|吧|啊|的|了|么/gu;

function segments(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function gramsOfSegment(segment: string): string[] {
  const chars = [...segment];
  if (chars.length === 1) return chars;
  return chars.slice(0, -1).map((char, index) => char + chars[index + 1]);
}

export function gramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const gram of segments(text).flatMap(gramsOfSegment)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

export function questionGrams(question: string): string[] {
  return [...new Set(segments(question.replace(QUESTION_WORDS, ' ')).flatMap(gramsOfSegment))];
}

export interface ScoredPassage {
  passage: PassageDoc;
  score: number;
  coverage: number;
}

async function candidates(ctx: CallContext, member: MemberDoc, grams: string[]) {
  const { passages } = assistantRepository(ctx.store);
  const filter = { terms: { $in: grams }, audienceUnitId: { $in: member.unitPath }, publishAt: { $lte: ctx.now } };
  const found: PassageDoc[] = [];
  for (let page = 0; page < MAX_CANDIDATE_PAGES; page += 1) {
    const batch = await passages.find(filter, { sort: [['_id', 1]], skip: page * PAGE, limit: PAGE });
    found.push(...batch);
    if (batch.length < PAGE) break;
  }
  const total = await passages.count({ audienceUnitId: { $in: member.unitPath }, publishAt: { $lte: ctx.now } });
  return { found, total };
}

export function rank(grams: string[], docs: PassageDoc[], total: number): ScoredPassage[] {
  if (grams.length === 0 || docs.length === 0) return [];
  const counted = docs.map((passage) => ({
    passage,
    counts: gramCounts(`${passage.title} ${passage.heading} ${passage.text}`),
  }));
  const averageLength = counted.reduce((sum, doc) => sum + doc.passage.length, 0) / counted.length || 1;
  const corpus = Math.max(total, docs.length);
  const idf = new Map(
    grams.map((gram) => {
      const df = counted.filter((doc) => doc.counts.has(gram)).length;
      return [gram, Math.log(1 + (corpus - df + 0.5) / (df + 0.5))];
    }),
  );
  const characters = new Set(grams.flatMap((gram) => [...gram]));
  return counted
    .map(({ passage, counts }) => {
      let score = 0;
      const covered = new Set<string>();
      for (const gram of grams) {
        const tf = counts.get(gram) ?? 0;
        if (!tf) continue;
        for (const char of gram) covered.add(char);
        const gramIdf = idf.get(gram)!;
        score += (gramIdf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * passage.length) / averageLength));
      }
      const coverage = covered.size / characters.size;
      // A passage holding more of the question ranks above one repeating a part of it.
      return { passage, score: score * coverage, coverage };
    })
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || a.passage._id.localeCompare(b.passage._id));
}

/** The passages best answering the question among those the member may read, best first. */
export async function retrieve(ctx: CallContext, member: MemberDoc, question: string, limit: number) {
  const grams = questionGrams(question);
  if (grams.length === 0) return [];
  const { found, total } = await candidates(ctx, member, grams);
  return rank(grams, found, total).slice(0, limit);
}
