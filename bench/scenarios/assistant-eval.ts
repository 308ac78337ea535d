import { parseEnv } from '../../config/env';
import { modelFromEnv } from '../../cloudfunctions/platform/models-from-env';
import { evaluateAssistant } from '../assistant-eval/evaluate';
import type { BenchScenario } from '../scenario';

/** The target of issue #19 for the local adapter: an answering item among the three best passages. */
const HIT_AT_3_TARGET = 0.9;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * 问一问's evaluation set (bench/assistant-eval/questions.json) with the model the environment names:
 * the local adapter by default; MODEL_DRIVER=openai with MODEL_BASE_URL / MODEL_API_KEY / MODEL_NAME runs
 * the same questions through that endpoint. (WeChat cloud AI is reachable only inside a cloud function.)
 */
const assistantEval: BenchScenario = {
  name: 'assistant-eval',
  order: 80,
  standalone: true,
  async run() {
    const env = parseEnv({ ...process.env, DB_DRIVER: 'embedded' });
    const scores = await evaluateAssistant(modelFromEnv(env, null));
    for (const miss of scores.misses) process.stdout.write(`  miss: ${miss}\n`);
    return {
      json: { assistantEval: scores },
      markdown: [
        `| 问一问 (${scores.model}) | questions | hit@3 (target ≥ ${percent(HIT_AT_3_TARGET)}) | answers citing a right item | "no answer" when none |`,
        '|---|---:|---:|---:|---:|',
        `| demo library | ${scores.answerable} + ${scores.unanswerable} without an answer | ${percent(scores.hitAt3)} | ${percent(scores.citedRight)} | ${percent(scores.noAnswerRight)} |`,
      ],
    };
  },
};

export default assistantEval;
