import * as z from 'zod';
import type { ModelPort } from '../../platform/models';

/**
 * With a model configured, the path's reasons may be phrased by it — the items never: it gets the chosen
 * items and the rules' reasons and may only reword them. Any reply that is not exactly one short line per
 * item keeps the rules' wording.
 */
const Phrased = z.array(z.string().trim().min(2).max(40));

export async function phraseReasons(
  model: ModelPort,
  picks: Array<{ title: string; reason: string }>,
): Promise<string[] | null> {
  if (picks.length === 0) return null;
  const listed = picks.map((pick, i) => `${i + 1}. 《${pick.title}》：${pick.reason}`).join('\n');
  const reply = await model.generate({
    system:
      '你为党员的学习路径写推荐理由。只改写给出的理由，使其亲切简短（不超过 30 字），称呼党员用「您」，不增加事实，不推荐其他内容。' +
      '只输出 JSON 字符串数组，顺序与条目一致。',
    messages: [{ role: 'user', content: listed }],
    maxTokens: 400,
  });
  if (!reply) return null;
  const start = reply.text.indexOf('[');
  const end = reply.text.lastIndexOf(']');
  if (start < 0 || end <= start) return null;
  try {
    const parsed = Phrased.safeParse(JSON.parse(reply.text.slice(start, end + 1)));
    return parsed.success && parsed.data.length === picks.length ? parsed.data : null;
  } catch {
    return null;
  }
}
