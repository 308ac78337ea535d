import { randomUUID } from 'node:crypto';
import type { ActivityType, MemberStatus, PointRule, SignupStatus, Stage, UnitKind } from '../../types/labels';
import type { CallContext } from './context';

/**
 * Domain events: what a service announces after it has written its records, so that other modules (the
 * per-unit aggregates, plan completion) follow without the service calling them. ADR 0015.
 *
 * Delivery goes through an outbox: `publish` stores the events in `events` in the same call as the record,
 * leased to that call, and dispatches them in-process right away; an event is removed once every consumer
 * has finished. A consumer that throws leaves its event (and how far it got) for `drainEvents`, which the
 * `jobs` timer runs, so a failure between the record and its consumers loses nothing.
 */

/** What the aggregates need to know of a member to count them in their unit. */
export interface MemberFacts {
  unitPath: string[];
  stage: Stage;
  /** When the member's stage dates from (a new stage counts in that month's report). */
  stageSince: number;
  status: MemberStatus;
  joinedAt: number | null;
}

export interface SignupFacts {
  status: SignupStatus;
  checkedIn: boolean;
}

/** Every event type and what it carries. `unitPath` is the member's unit path plus the unit, at the event. */
export interface EventPayloads {
  /** Joined (before null), moved, changed stage or status, or deleted (after null). */
  'member.changed': { memberId: string; before: MemberFacts | null; after: MemberFacts | null };
  /** An item was saved in place, published or taken down: what members can read of it may have changed. */
  'content.changed': { contentId: string };
  /** `percent`: how far the item credited is along after this credit. */
  'study.credited': {
    memberId: string;
    unitPath: string[];
    at: number;
    seconds: number;
    contentId: string;
    percent: number;
  };
  'study.opened': { memberId: string; at: number; contentId: string };
  'study.itemCompleted': { memberId: string; unitPath: string[]; at: number; contentId: string };
  /** A plan was assigned to a unit (its subtree's members learn it). */
  'study.planAssigned': {
    planId: string;
    unitId: string;
    title: string;
    startAt: number;
    deadline: number;
    itemIds: string[];
    quizIds: string[];
  };
  'quiz.handedIn': {
    memberId: string;
    unitPath: string[];
    at: number;
    attemptId: string;
    quizId: string | null;
    percent: number;
    /** Null when the quiz has no pass mark (daily practice, competitions): such a hand-in is not graded. */
    passed: boolean | null;
  };
  /** An exam with a pass mark was passed by an attempt that counts (at hand-in, or once a flag is confirmed). */
  'quiz.passed': { memberId: string; unitPath: string[]; at: number; attemptId: string; quizId: string };
  /** A sign-up was created or changed: signed up, cancelled, on leave, checked in, promoted, decided. */
  'signup.changed': {
    memberId: string;
    unitPath: string[];
    activityId: string;
    startAt: number;
    before: SignupFacts | null;
    after: SignupFacts | null;
  };
  'points.awarded': {
    memberId: string;
    unitPath: string[];
    at: number;
    rule: PointRule;
    points: number;
    balanceAfter: number;
  };
  /** `opensAt`: the vote's opening, the day a ballot counts on (a participation keeps no time). */
  'vote.ballotCast': { memberId: string; unitPath: string[]; voteId: string; opensAt: number };
  /**
   * A topic or reply on a board (交流园地), counted per unit and day as participation; `firstInMonth` when it
   * is the member's first post that month (the month's participants). No content travels, nobody is scored.
   */
  'forum.posted': { memberId: string; unitPath: string[]; at: number; kind: 'topic' | 'reply'; firstInMonth: boolean };
  /**
   * A member's question to 问一问 was answered; `firstInMonth` when it is their first question that month (the
   * month's users). Counted per unit and day for the dashboards: the question's text never travels.
   */
  'assistant.asked': { memberId: string; unitPath: string[]; at: number; firstInMonth: boolean };
  /** A whole unit moved in the tree: `before` and `after` are its path (its ancestors), without the unit. */
  'unit.moved': { unitId: string; before: string[]; after: string[] };
  /** A unit was created, renamed or archived where it is; `path` is its ancestors, without the unit. */
  'unit.changed': { unitId: string; kind: UnitKind; path: string[] };
  /** A 三会一课 meeting was scheduled, changed or removed (after null): it counts as held once it has ended. */
  'meeting.changed': {
    activityId: string;
    before: MeetingFacts | null;
    after: MeetingFacts | null;
  };
}

export interface MeetingFacts {
  type: ActivityType;
  organiserPath: string[];
  startAt: number;
  endAt: number;
}

export type EventType = keyof EventPayloads;
export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; at: number; payload: EventPayloads[K] };
}[T];

/**
 * A consumer turns an event into a list of writes, run in order. If one throws, the writes before it are
 * recorded as done and the rest run on the next drain; a consumer must therefore plan the same writes again
 * for the same event (given the same records).
 */
export interface Consumer<T extends EventType = EventType> {
  name: string;
  types: readonly T[];
  plan(event: DomainEvent<T>, ctx: CallContext): Promise<Array<() => Promise<unknown>>>;
}

interface OutboxDoc {
  _id: string;
  type: EventType;
  at: number;
  payload: unknown;
  /** Until when the call that holds it is dispatching it; after that, any drain may take it over. */
  leaseUntil: number;
  /** Writes done per consumer, and the consumers that have finished. */
  progress: Record<string, number>;
  done: string[];
  failures: number;
  lastError?: string;
}

const OUTBOX = 'events';
const LEASE_MS = 60_000;
const consumers: Consumer[] = [];

/** Installed once by the router with every module's consumers. */
export function installConsumers(list: readonly Consumer[]): void {
  consumers.splice(0, consumers.length, ...list);
}

export function consumer<T extends EventType>(def: Consumer<T>): Consumer {
  return def as unknown as Consumer;
}

/** Writes the events to the outbox and dispatches them now; a consumer failing does not fail the call. */
export async function publish(ctx: CallContext, ...events: Array<Omit<DomainEvent, 'id' | 'at'>>): Promise<void> {
  const outbox = ctx.store.collection<OutboxDoc>(OUTBOX);
  const docs: OutboxDoc[] = [];
  for (const event of events) {
    const doc: OutboxDoc = {
      _id: `ev-${ctx.now.toString(36)}-${randomUUID()}`,
      type: event.type,
      at: ctx.now,
      payload: event.payload,
      leaseUntil: ctx.now + LEASE_MS,
      progress: {},
      done: [],
      failures: 0,
    };
    await outbox.insert(doc);
    docs.push(doc);
  }
  for (const doc of docs) await deliver(ctx, doc);
}

/** Runs every consumer still owed the event, then removes it; on a failure leaves it for the next drain. */
async function deliver(ctx: CallContext, doc: OutboxDoc): Promise<boolean> {
  const outbox = ctx.store.collection<OutboxDoc>(OUTBOX);
  const event = { id: doc._id, type: doc.type, at: doc.at, payload: doc.payload } as DomainEvent;
  for (const target of consumers) {
    if (!target.types.includes(doc.type) || doc.done.includes(target.name)) continue;
    const from = doc.progress[target.name] ?? 0;
    let step = from;
    try {
      const writes = await target.plan(event, ctx);
      for (; step < writes.length; step += 1) await writes[step]!();
    } catch (error) {
      await outbox.updateWhere(
        { _id: doc._id },
        {
          // The consumers already finished are recorded too: the drain must not run them again.
          $set: {
            [`progress.${target.name}`]: step,
            done: doc.done,
            leaseUntil: ctx.now,
            lastError: String(error).slice(0, 300),
          },
          $inc: { failures: 1 },
        },
      );
      return false;
    }
    doc.done.push(target.name);
  }
  await outbox.removeWhere({ _id: doc._id });
  return true;
}

/**
 * Delivers events whose lease has run out (their call failed or crashed), oldest first, each taken with a
 * new lease so two drains never run the same event. Returns how many were delivered and how many still wait.
 */
export async function drainEvents(ctx: CallContext, limit = 500): Promise<{ delivered: number; waiting: number }> {
  const outbox = ctx.store.collection<OutboxDoc>(OUTBOX);
  let delivered = 0;
  const tried = new Set<string>();
  while (tried.size < limit) {
    const due = await outbox.find(
      { leaseUntil: { $lte: ctx.now }, _id: { $nin: [...tried].slice(-1000) } },
      { sort: [['at', 1]], limit: 100 },
    );
    if (due.length === 0) break;
    for (const doc of due) {
      tried.add(doc._id);
      const taken = await outbox.updateWhere(
        { _id: doc._id, leaseUntil: doc.leaseUntil },
        { $set: { leaseUntil: ctx.now + LEASE_MS } },
      );
      if (!taken) continue;
      if (await deliver(ctx, doc)) delivered += 1;
    }
  }
  return { delivered, waiting: await outbox.count({}) };
}
