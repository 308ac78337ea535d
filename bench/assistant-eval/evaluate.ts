import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../../cloudfunctions/modules/assistant/assistant.service';
import { retrieve } from '../../cloudfunctions/modules/assistant/retrieval';
import { membersRepository } from '../../cloudfunctions/modules/members/members.repository';
import type { CallContext } from '../../cloudfunctions/kernel/context';
import { localContentSafety } from '../../cloudfunctions/platform/content-safety';
import { localFiles } from '../../cloudfunctions/platform/files';
import { createLocalMessaging } from '../../cloudfunctions/platform/messaging';
import type { ModelPort } from '../../cloudfunctions/platform/models';
import { localSoter } from '../../cloudfunctions/platform/soter';
import { personalDataCipherFromEnv } from '../../cloudfunctions/security/keys-from-env';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import { seedDemoAssistant } from '../../scripts/seed/demo-assistant';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { seedDemoStudy } from '../../scripts/seed/demo-study';

/**
 * The 问一问 evaluation: every question of questions.json asked of the demo library, as the member it names,
 * through the service with the given model. Scores: hit@3 (an answering item among the three best passages),
 * the share of answers citing an answering item, and the share of unanswerable questions answered "no answer".
 */
interface EvalSet {
  askedAs: string;
  questions: Array<{ question: string; answeredBy: string[] }>;
}

export interface EvalScores {
  model: ModelPort['kind'];
  answerable: number;
  unanswerable: number;
  hitAt3: number;
  citedRight: number;
  noAnswerRight: number;
  misses: string[];
}

const NOW = Date.UTC(2026, 10, 22, 8);
const DAY = 86_400_000;
/** Fixed, bench-only keys: the demo roster needs some to be stored. */
const BENCH_KEYS = {
  PII_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  PII_ACTIVE_KEY: 'k1',
  PII_HASH_KEY: Buffer.alloc(32, 8).toString('base64'),
};

export function loadEvalSet(): EvalSet {
  return JSON.parse(readFileSync(path.join(__dirname, 'questions.json'), 'utf8')) as EvalSet;
}

export async function evaluateAssistant(model: ModelPort, set = loadEvalSet()): Promise<EvalScores> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-assistant-eval-'));
  const store = await openEmbeddedStore(path.join(dataDir, 'db'));
  try {
    const pii = personalDataCipherFromEnv(BENCH_KEYS);
    await seedDemoOrganisation(store, pii, NOW);
    await seedDemoStudy(store, NOW);
    await seedDemoAssistant(store, NOW);
    const member = await membersRepository(store).memberById(set.askedAs);
    if (!member) throw new Error(`no demo member ${set.askedAs}`);
    const scores = { hits: 0, cited: 0, noAnswer: 0, misses: [] as string[] };
    for (const [index, { question, answeredBy }] of set.questions.entries()) {
      // A day per question, so the daily limit never cuts the run short.
      const ctx: CallContext = {
        store,
        platform: {
          sessions: null,
          devLogin: false,
          wxLogin: null,
          soter: localSoter,
          files: localFiles(path.join(dataDir, 'files')),
          contentSafety: localContentSafety,
          models: model,
          ...createLocalMessaging(() => NOW),
        },
        pii,
        now: NOW + index * DAY,
        caller: { kind: 'member', member, openid: null },
      };
      const { turn } = await ask(ctx, { question });
      if (answeredBy.length === 0) {
        if (turn.kind === 'noAnswer') scores.noAnswer += 1;
        else scores.misses.push(`${question} → answered from ${turn.citations.map((c) => c.contentId).join(', ')}`);
        continue;
      }
      const top = (await retrieve(ctx, member, question, 3)).map((scored) => scored.passage.contentId);
      if (top.some((id) => answeredBy.includes(id))) scores.hits += 1;
      else scores.misses.push(`${question} → top 3 from ${top.join(', ') || 'nothing'}`);
      if (turn.citations.some((citation) => answeredBy.includes(citation.contentId))) scores.cited += 1;
    }
    const answerable = set.questions.filter((q) => q.answeredBy.length > 0).length;
    const unanswerable = set.questions.length - answerable;
    return {
      model: model.kind,
      answerable,
      unanswerable,
      hitAt3: scores.hits / answerable,
      citedRight: scores.cited / answerable,
      noAnswerRight: unanswerable ? scores.noAnswer / unanswerable : 1,
      misses: scores.misses,
    };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
