import autocannon from 'autocannon';
import { CALLS, overhead, perCall, post, type HostChild } from './kit';

/** A route to drive, as one member, or (`rotate`) as a different member on each call. */
export interface DrivenRoute {
  name: string;
  route: string;
  body: unknown;
  token: string;
  rotate?: string[];
}

/** The hot routes, each with a body that works against the seeded data, called as `member` (and `admin` for the console). */
export async function hotRoutes(
  url: string,
  member: string,
  admin: { token: string; unitId: string },
  activityId: string,
  boardSize: number,
): Promise<DrivenRoute[]> {
  const session = String((await post(url, 'study.open', member, { contentId: 'c-demo-1' })).data?.sessionId);
  const daily = (await post(url, 'quiz.startDaily', member, {})).data as {
    attemptId: string;
    questions: Array<{ questionId: string }>;
  };
  const as = (token: string) => ({ token });
  return [
    { name: 'study home feed (study.home)', route: 'study.home', body: {}, ...as(member) },
    {
      name: 'study heartbeat (study.heartbeat)',
      route: 'study.heartbeat',
      body: { sessionId: session, playing: true },
      ...as(member),
    },
    { name: 'daily quiz fetch (quiz.startDaily)', route: 'quiz.startDaily', body: {}, ...as(member) },
    {
      name: 'quiz answer save (quiz.answer)',
      route: 'quiz.answer',
      body: { attemptId: daily.attemptId, questionId: daily.questions[0]?.questionId, answer: [0] },
      ...as(member),
    },
    {
      name: `leaderboard top 50 + my rank, ${boardSize} on the board (quiz.leaderboard)`,
      route: 'quiz.leaderboard',
      body: { board: 'quiz-demo-competition', limit: 50 },
      ...as(member),
    },
    { name: 'member card (me.card)', route: 'me.card', body: {}, ...as(member) },
    {
      name: `console overview of ${admin.unitId} (admin.unitOverview)`,
      route: 'admin.unitOverview',
      body: { unitId: admin.unitId },
      ...as(admin.token),
    },
    { name: 'activity detail (activity.get)', route: 'activity.get', body: { activityId }, ...as(member) },
  ];
}

/**
 * Drives one route with autocannon for `seconds`, or for BENCH_CALLS calls (at least one per connection) when
 * that is set; the host's call records give reads, writes and overhead, /proc its memory.
 */
export async function measure(host: HostChild, driven: DrivenRoute, connections: number, seconds: number) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${driven.token}` };
  const earlier = loggedCalls(host, driven.route);
  const sample = await fetch(`${host.url}/api/${driven.route}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(driven.body),
  });
  const bytes = (await sample.arrayBuffer()).byteLength;
  await callsLogged(host, driven.route, earlier + 1);
  host.calls.length = 0;
  host.resetPeak();
  const rotate = driven.rotate ?? [];
  let next = 0;
  const result = await autocannon({
    url: `${host.url}/api/${driven.route}`,
    method: 'POST',
    headers,
    body: JSON.stringify(driven.body),
    connections,
    // autocannon notices it is done only when it samples, each second by default: a run of a few calls samples
    // often so that it ends when they have.
    ...(CALLS ? { amount: Math.max(CALLS, connections), sampleInt: 20 } : { duration: seconds }),
    ...(rotate.length
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: { ...request.headers, authorization: `Bearer ${rotate[(next += 1) % rotate.length]}` },
              }),
            },
          ],
        }
      : {}),
  });
  if (result.non2xx > 0) throw new Error(`${driven.route}: ${result.non2xx} non-2xx answers`);
  await callsLogged(host, driven.route, result.requests.total);
  return {
    connections,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    // Samples of a fixed number of calls are shorter than a second: the rate is then over the run's length.
    rps: Math.round(CALLS ? result.requests.total / Math.max(result.duration, 0.01) : result.requests.average),
    reads: perCall(host.calls, driven.route, 'reads'),
    writes: perCall(host.calls, driven.route, 'writes'),
    bytes,
    overhead: overhead(host.calls, driven.route),
    rssMb: host.peakRssMb(),
  };
}

const LOGGED_WAIT_MS = 5000;

const loggedCalls = (host: HostChild, route: string) => host.calls.filter((line) => line.route === route).length;

/**
 * Waits until the host has logged `count` calls of `route`, so the figures read from its call records are whole.
 * A run of BENCH_CALLS knows how many to expect and goes on as soon as they are in; a timed run (and, as a safety
 * net, a count that never arrives) waits instead for the host's output to go quiet, which also lets work a call
 * left behind finish before the next measurement.
 */
async function callsLogged(host: HostChild, route: string, count: number): Promise<void> {
  const logged = () => loggedCalls(host, route) >= count;
  for (let waited = 0; CALLS && !logged() && waited < LOGGED_WAIT_MS; waited += 5)
    await new Promise((resolve) => setTimeout(resolve, 5));
  if (!CALLS || !logged()) await host.settle();
}
