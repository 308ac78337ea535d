import * as z from 'zod';
import { DIFFICULTIES, QUESTION_TYPES } from '../../../types/labels';
import { questionRuleProblems } from '../../../types/schemas/quiz';
import type { ModelPort } from '../../platform/models';
import type { DraftContent } from './drafts-local';
import { passageRef, passagesOf } from './drafts-passages';

/**
 * Drafting with a model: the item's passages go in numbered, the model answers with JSON questions of the
 * four types, and each one is kept only if it is a valid bank question quoting a passage of this item.
 * Anything else is dropped, never repaired.
 */
const MAX_SOURCE_CHARS = 6000;

const ModelQuestion = z.object({
  type: z.enum(QUESTION_TYPES),
  stem: z.string().trim().min(4).max(500),
  options: z.array(z.string().trim().min(1).max(100)).max(6).default([]),
  answer: z.array(z.string().trim().min(1).max(50)).min(1).max(6),
  explanation: z.string().trim().max(400).default(''),
  difficulty: z.enum(DIFFICULTIES).default('medium'),
  /** The passage number the question is drawn from. */
  passage: z.number().int().min(1),
});

const SYSTEM_PROMPT = [
  '你是党建学习题库的出题助手。只根据用户给出的学习资料出题，不引入资料以外的内容。',
  '题型：single（单选，2-6 个选项，答案为一个选项字母）、multiple（多选，答案为两个及以上选项字母）、',
  'judge（判断，无选项，答案为“对”或“错”）、blank（填空，无选项，答案为应填的词）。',
  '只输出一个 JSON 数组，每项为 {"type","stem","options","answer","explanation","difficulty","passage"}，',
  'answer 为字符串数组，difficulty 为 easy/medium/hard，passage 为出题所依据的段落编号。',
].join('\n');

function promptFor(title: string, numbered: string, count: number): string {
  return `学习资料《${title}》（按段编号）：\n${numbered}\n\n请出 ${count} 道题，四种题型尽量都有。`;
}

/** The first JSON array in the reply (models sometimes wrap it in prose or a code fence). */
function arrayIn(text: string): unknown[] {
  const start = text.indexOf('[');
  const end = text.lastIndexOf(']');
  if (start < 0 || end <= start) return [];
  try {
    const parsed: unknown = JSON.parse(text.slice(start, end + 1));
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The model's drafts that pass every rule, or null when there is no model to ask. */
export async function draftWithModel(
  model: ModelPort,
  content: { title: string; body: string },
  count: number,
): Promise<{ drafts: DraftContent[]; dropped: number } | null> {
  const passages = passagesOf(content.body);
  let numbered = '';
  for (const passage of passages) {
    const line = `[${passage.index}] ${passage.text}\n`;
    if (numbered.length + line.length > MAX_SOURCE_CHARS) break;
    numbered += line;
  }
  const reply = await model.generate({
    system: SYSTEM_PROMPT,
    messages: [{ role: 'user', content: promptFor(content.title, numbered, count) }],
    maxTokens: 2000,
  });
  if (!reply) return null;
  const raw = arrayIn(reply.text);
  const drafts: DraftContent[] = [];
  for (const item of raw) {
    const parsed = ModelQuestion.safeParse(item);
    if (!parsed.success || questionRuleProblems(parsed.data).length > 0) continue;
    const passage = passages.find((p) => p.index === parsed.data.passage);
    if (!passage || drafts.some((d) => d.stem === parsed.data.stem) || drafts.length >= count) continue;
    const { passage: _, ...question } = parsed.data;
    const cited = `（《${content.title}》${passageRef(passage)}：「${passage.text.slice(0, 60)}」）`;
    drafts.push({
      ...question,
      explanation: `${question.explanation}${cited}`.slice(0, 500),
      passage: passage.text,
      passageRef: passageRef(passage),
    });
  }
  return { drafts, dropped: raw.length - drafts.length };
}
