import { consumer, type DomainEvent } from '../../kernel/events';
import type { CallContext } from '../../kernel/context';
import { chinaDay } from '../shared/china-time';
import { emptyTally, meetingWrites, tallyWrites, type Tally } from './aggregates';
import { claimMonthFirst, whenFirst, type MonthFirst } from './member-months';
import { memberRecordsTally } from './member-records';
import {
  addAward,
  addQuestions,
  addBallot,
  addForumPost,
  addBalance,
  addHandIn,
  addItemCompleted,
  addMonthFirst,
  addSignup,
  addStageReached,
  addStudy,
  memberSnapshot,
} from './tallies';
import { unitMovedWrites } from './unit-moved';

type Writes = Array<() => Promise<unknown>>;

/** Keeps the per-unit aggregates (ADR 0015) from the events of every module. */
export const aggregatesConsumer = consumer({
  name: 'aggregates',
  types: [
    'member.changed',
    'study.credited',
    'study.itemCompleted',
    'quiz.handedIn',
    'signup.changed',
    'points.awarded',
    'vote.ballotCast',
    'assistant.asked',
    'forum.posted',
    'meeting.changed',
    'unit.moved',
  ],
  async plan(event, ctx): Promise<Writes> {
    if (event.type === 'member.changed') return memberChanged(ctx, event);
    if (event.type === 'unit.moved') return unitMovedWrites(ctx.store, event);
    if (event.type === 'meeting.changed') {
      const { before, after } = event.payload;
      const month = (at: number) => chinaDay(at).slice(0, 7);
      return [
        ...(before
          ? meetingWrites(ctx.store, event.payload.activityId, month(before.startAt), before.organiserPath, null)
          : []),
        ...(after
          ? meetingWrites(ctx.store, event.payload.activityId, month(after.startAt), after.organiserPath, {
              type: after.type,
              endAt: after.endAt,
              organiserPath: after.organiserPath,
            })
          : []),
      ];
    }
    const tally = emptyTally();
    const { unitPath } = event.payload;
    if (event.type === 'study.credited') addStudy(tally, chinaDay(event.payload.at), event.payload.seconds);
    if (event.type === 'study.itemCompleted') addItemCompleted(tally, event.payload.at);
    if (event.type === 'quiz.handedIn') addHandIn(tally, event.payload.at, event.payload.percent, event.payload.passed);
    if (event.type === 'vote.ballotCast') addBallot(tally, event.payload.opensAt);
    if (event.type === 'assistant.asked')
      addQuestions(tally, chinaDay(event.payload.at), 1, event.payload.firstInMonth);
    if (event.type === 'forum.posted') addForumPost(tally, event.payload.at, event.payload.firstInMonth);
    if (event.type === 'points.awarded') {
      const { at, rule, points, balanceAfter } = event.payload;
      addAward(tally, at, rule, points);
      addBalance(tally, balanceAfter - points, -1);
      addBalance(tally, balanceAfter, 1);
    }
    if (event.type === 'signup.changed') {
      const { startAt, before, after } = event.payload;
      if (before) addSignup(tally, startAt, before, -1);
      if (after) addSignup(tally, startAt, after, 1);
    }
    const writes = tallyWrites(ctx.store, unitPath, tally, 1);
    const { memberId } = event.payload;
    if (event.type === 'study.credited')
      writes.push(...firstOfMonth(ctx, event.id, memberId, unitPath, chinaDay(event.payload.at), 'studied'));
    if (event.type === 'signup.changed' && event.payload.after?.checkedIn && !event.payload.before?.checkedIn)
      writes.push(...firstOfMonth(ctx, event.id, memberId, unitPath, chinaDay(event.payload.startAt), 'attended'));
    return writes;
  },
});

/** Counts the member once among the month's learners or participants, if this event is their first. */
function firstOfMonth(
  ctx: CallContext,
  eventId: string,
  memberId: string,
  unitPath: string[],
  day: string,
  kind: MonthFirst,
): Writes {
  const month = day.slice(0, 7);
  const tally = emptyTally();
  addMonthFirst(tally, month, kind === 'studied' ? 'studyMembers' : 'activityMembers');
  return whenFirst(
    () => claimMonthFirst(ctx.store, memberId, month, kind, eventId),
    tallyWrites(ctx.store, unitPath, tally, 1),
  );
}

/**
 * A member joined, changed stage or status, moved or left. A move takes their whole share along: what their
 * records add is read from the records and moved from the old path to the new one.
 */
async function memberChanged(ctx: CallContext, event: DomainEvent<'member.changed'>): Promise<Writes> {
  const { memberId, before, after } = event.payload;
  const moved = before !== null && after !== null && before.unitPath.join('/') !== after.unitPath.join('/');
  const left = before !== null && after === null;
  const records: Tally = moved || left ? await memberRecordsTally(ctx.store, memberId) : emptyTally();
  // A new stage counts where the member is after the change. Read from the records on a move, it is already
  // in their share, which the old units never had: taken out of what leaves them.
  const reached = emptyTally();
  if (before && after && before.stage !== after.stage) addStageReached(reached, after.stageSince, after.stage);
  const leaving = moved ? sumDays(records.days, reached.days, -1) : records.days;
  const arriving = moved ? records.days : sumDays(records.days, reached.days, 1);
  const writes: Writes = [];
  if (before)
    writes.push(
      ...tallyWrites(
        ctx.store,
        before.unitPath,
        { days: leaving, snapshot: sum(records.snapshot, memberSnapshot(before)) },
        -1,
      ),
    );
  if (after)
    writes.push(
      ...tallyWrites(
        ctx.store,
        after.unitPath,
        { days: arriving, snapshot: sum(records.snapshot, memberSnapshot(after)) },
        1,
      ),
    );
  return writes;
}

function sumDays(a: Tally['days'], b: Tally['days'], sign: 1 | -1): Tally['days'] {
  const out = new Map([...a].map(([day, counts]) => [day, { ...counts }]));
  for (const [day, counts] of b) out.set(day, sum(out.get(day) ?? {}, scale(counts, sign)));
  return out;
}

const scale = (counts: Record<string, number>, sign: number) =>
  Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, sign * n]));

function sum(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [key, n] of Object.entries(b)) out[key] = (out[key] ?? 0) + n;
  return out;
}
