import { consumer, type DomainEvent } from '../../kernel/events';
import type { CallContext } from '../../kernel/context';
import { chinaDay } from '../shared/china-time';
import { emptyTally, meetingWrites, tallyWrites, type Tally } from './aggregates';
import { memberRecordsTally } from './member-records';
import {
  addAward,
  addQuestions,
  addBallot,
  addForumPost,
  addBalance,
  addHandIn,
  addItemCompleted,
  addSignup,
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
    return tallyWrites(ctx.store, unitPath, tally, 1);
  },
});

/**
 * A member joined, changed stage or status, moved or left. A move takes their whole share along: what their
 * records add is read from the records and moved from the old path to the new one.
 */
async function memberChanged(ctx: CallContext, event: DomainEvent<'member.changed'>): Promise<Writes> {
  const { memberId, before, after } = event.payload;
  const moved = before !== null && after !== null && before.unitPath.join('/') !== after.unitPath.join('/');
  const left = before !== null && after === null;
  const records: Tally = moved || left ? await memberRecordsTally(ctx.store, memberId) : emptyTally();
  const writes: Writes = [];
  if (before)
    writes.push(
      ...tallyWrites(
        ctx.store,
        before.unitPath,
        { days: records.days, snapshot: sum(records.snapshot, memberSnapshot(before)) },
        -1,
      ),
    );
  if (after)
    writes.push(
      ...tallyWrites(
        ctx.store,
        after.unitPath,
        { days: records.days, snapshot: sum(records.snapshot, memberSnapshot(after)) },
        1,
      ),
    );
  return writes;
}

function sum(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [key, n] of Object.entries(b)) out[key] = (out[key] ?? 0) + n;
  return out;
}
