import { DRIVERS, MEMBERS, perCall, percentile, post, tokenFor } from '../kit';
import type { BenchScenario } from '../scenario';

interface QuizRow {
  store: string;
  members: number;
  submitted: number;
  refused: number;
  p50: number;
  p99: number;
  reads: number;
  writes: number;
}

/**
 * Daily-quiz hand-in: up to 500 members fetch today's quiz and hand it in at the same moment (each twice, to
 * check that only one hand-in counts), through the HTTP host.
 */
const quizHandIn: BenchScenario = {
  name: 'quiz-hand-in',
  order: 30,
  async run(stores) {
    const quizRounds: QuizRow[] = [];
    for (const driver of DRIVERS) {
      const { host } = await stores.seeded(driver);
      const members = Math.min(500, MEMBERS);
      const people = Array.from({ length: members }, (_, i) => tokenFor(`s-${i}`));
      const attempts = await Promise.all(people.map((token) => post(host.url, 'quiz.startDaily', token, {})));
      host.calls.length = 0;
      const results = await Promise.all(
        people.flatMap((token, i) => {
          const attemptId = String(attempts[i]?.data?.attemptId ?? '');
          return [0, 1].map(async () => {
            const t0 = performance.now();
            const body = await post(host.url, 'quiz.submit', token, { attemptId, answers: {} });
            return { ms: performance.now() - t0, ok: body.ok };
          });
        }),
      );
      await host.settle();
      const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
      quizRounds.push({
        store: driver,
        members,
        submitted: results.filter((r) => r.ok).length,
        refused: results.filter((r) => !r.ok).length,
        p50: Math.round(percentile(latencies, 50)),
        p99: Math.round(percentile(latencies, 99)),
        reads: perCall(host.calls, 'quiz.submit', 'reads'),
        writes: perCall(host.calls, 'quiz.submit', 'writes'),
      });
    }
    return {
      json: { quizRounds },
      markdown: [
        '| daily-quiz hand-in | store | members | hand-ins sent | counted | refused | p50 ms | p99 ms | reads/call | writes/call |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...quizRounds.map(
          (r) =>
            `| each member hands in twice at once | ${r.store} | ${r.members} | ${r.members * 2} | ${r.submitted} | ${r.refused} | ${r.p50} | ${r.p99} | ${r.reads.toFixed(1)} | ${r.writes.toFixed(1)} |`,
        ),
      ],
    };
  },
};

export default quizHandIn;
