import type { Collection, DocStore, Doc, Filter } from '../../store/types';
import type { PointRule, SignupStatus, Stage } from '../../../types/labels';
import { chinaDay } from '../shared/china-time';
import { addDay, emptyTally, type Tally } from './aggregates';
import {
  addAward,
  addBallot,
  addBalance,
  addForumPost,
  addHandIn,
  addItemCompleted,
  addMonthFirst,
  addQuestions,
  addSignup,
  addStageReached,
  addStudy,
} from './tallies';

/**
 * Everything a member's records add to the aggregates, read from the records. The reconcile reads them for
 * everyone at once (`eachRecord` with no member); moving a member reads just theirs, to move their share.
 */
interface StudyDay extends Doc {
  memberId: string;
  day: string;
  seconds: number;
}
interface Progress extends Doc {
  memberId: string;
  completedAt?: number;
}
interface Attempt extends Doc {
  memberId: string;
  status: string;
  submittedAt?: number;
  percent?: number;
  passed?: boolean | null;
}
interface Signup extends Doc {
  memberId: string;
  activityId: string;
  status: SignupStatus;
  checkedInAt?: number;
}
interface Award extends Doc {
  memberId: string;
  rule: PointRule;
  points: number;
  at: number;
}
interface Balance extends Doc {
  total: number;
}
interface Participation extends Doc {
  memberId: string;
  voteId: string;
}
interface ForumPost extends Doc {
  memberId: string;
  createdAt: number;
}
/** Older counters, from before they named member and day, have neither and are left out. */
interface QuestionDay extends Doc {
  memberId?: string;
  day: string;
  used: number;
}
interface StagedMember extends Doc {
  stageHistory?: Array<{ stage: Stage; at: number }>;
}
interface Dated extends Doc {
  startAt?: number;
  opensAt?: number;
}

/** Every document matching `filter`, in pages of 100 by `_id` (no skip, so it stays linear). */
export function eachRecord<T extends Doc>(store: DocStore, name: string, filter: Filter): AsyncGenerator<T> {
  return eachDoc(store.collection<T>(name), filter);
}

export async function* eachDoc<T extends Doc>(collection: Collection<T>, filter: Filter): AsyncGenerator<T> {
  let after = '';
  for (;;) {
    const page = await collection.find({ ...filter, _id: { $gt: after } }, { sort: [['_id', 1]], limit: 100 });
    yield* page;
    if (page.length < 100) return;
    after = page[page.length - 1]!._id;
  }
}

/** `startAt` of activities / `opensAt` of votes by id, read once each. */
export async function datesOf(store: DocStore, name: string, ids: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(ids)];
  const dates = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 100) {
    const docs = await store.collection<Dated>(name).find({ _id: { $in: unique.slice(i, i + 100) } }, { limit: 100 });
    for (const doc of docs) dates.set(doc._id, doc.startAt ?? doc.opensAt ?? 0);
  }
  return dates;
}

/** A member's first of a month the records show (learner, participant): the reconcile keeps a mark of each. */
export type OnMonthFirst = (memberId: string, month: string, kind: 'studied' | 'attended') => void;

/**
 * Adds the records of the members `tallyOf` knows to their tallies (a member it returns null for is skipped).
 * `only` narrows every read to one member.
 */
export async function tallyRecords(
  store: DocStore,
  tallyOf: (memberId: string) => Tally | null,
  only?: string,
  onMonthFirst?: OnMonthFirst,
): Promise<void> {
  const mine: Filter = only ? { memberId: only } : {};
  const studied = new Set<string>();
  for await (const day of eachRecord<StudyDay>(store, 'study_days', mine)) {
    const tally = tallyOf(day.memberId);
    if (!tally) continue;
    addStudy(tally, day.day, day.seconds);
    studied.add(`${day.memberId}:${day.day.slice(0, 7)}`);
  }
  for (const key of studied) {
    const [memberId, month] = key.split(':') as [string, string];
    addMonthFirst(tallyOf(memberId)!, month, 'studyMembers');
    onMonthFirst?.(memberId, month, 'studied');
  }
  for await (const item of eachRecord<Progress>(store, 'study_progress', { ...mine, completedAt: { $exists: true } })) {
    const tally = tallyOf(item.memberId);
    if (tally && item.completedAt !== undefined) addItemCompleted(tally, item.completedAt);
  }
  for await (const attempt of eachRecord<Attempt>(store, 'attempts', { ...mine, status: 'submitted' })) {
    const tally = tallyOf(attempt.memberId);
    if (tally && attempt.submittedAt !== undefined)
      addHandIn(tally, attempt.submittedAt, attempt.percent ?? 0, attempt.passed ?? null);
  }
  const signups: Signup[] = [];
  for await (const signup of eachRecord<Signup>(store, 'signups', mine))
    if (tallyOf(signup.memberId)) signups.push(signup);
  const starts = await datesOf(
    store,
    'activities',
    signups.map((s) => s.activityId),
  );
  const attended = new Set<string>();
  for (const signup of signups) {
    const startAt = starts.get(signup.activityId);
    if (startAt === undefined) continue;
    addSignup(
      tallyOf(signup.memberId)!,
      startAt,
      { status: signup.status, checkedIn: signup.checkedInAt !== undefined },
      1,
    );
    if (signup.checkedInAt !== undefined) attended.add(`${signup.memberId}:${chinaDay(startAt).slice(0, 7)}`);
  }
  for (const key of attended) {
    const [memberId, month] = key.split(':') as [string, string];
    addMonthFirst(tallyOf(memberId)!, month, 'activityMembers');
    onMonthFirst?.(memberId, month, 'attended');
  }
  for await (const member of eachRecord<StagedMember>(store, 'members', only ? { _id: only } : {})) {
    const tally = tallyOf(member._id);
    if (tally) addStagesReached(tally, member.stageHistory ?? []);
  }
  for await (const award of eachRecord<Award>(store, 'points_awards', mine)) {
    const tally = tallyOf(award.memberId);
    if (tally) addAward(tally, award.at, award.rule, award.points);
  }
  for await (const balance of eachRecord<Balance>(store, 'points_balances', only ? { _id: only } : {})) {
    const tally = tallyOf(balance._id);
    if (tally) addBalance(tally, balance.total, 1);
  }
  const ballots: Participation[] = [];
  for await (const ballot of eachRecord<Participation>(store, 'vote_participations', mine))
    if (tallyOf(ballot.memberId)) ballots.push(ballot);
  const opens = await datesOf(
    store,
    'votes',
    ballots.map((b) => b.voteId),
  );
  for (const ballot of ballots) {
    const opensAt = opens.get(ballot.voteId);
    if (opensAt !== undefined) addBallot(tallyOf(ballot.memberId)!, opensAt);
  }
  await tallyQuestions(store, tallyOf, mine);
  await tallyForumPosts(store, tallyOf, mine);
}

/** Each change of stage after the first entry of the history (joining is not a change). */
function addStagesReached(tally: Tally, history: Array<{ stage: Stage; at: number }>) {
  history.forEach((step, index) => {
    if (index > 0 && step.stage !== history[index - 1]!.stage) addStageReached(tally, step.at, step.stage);
  });
}

/** Board posts (topics and replies), each member's earliest of a month marking them a participant that month. */
async function tallyForumPosts(store: DocStore, tallyOf: (memberId: string) => Tally | null, mine: Filter) {
  const firstOfMonth = new Map<string, number>();
  for (const name of ['forum_topics', 'forum_posts'])
    for await (const post of eachRecord<ForumPost>(store, name, mine)) {
      const tally = tallyOf(post.memberId);
      if (!tally) continue;
      addForumPost(tally, post.createdAt, false);
      const key = `${post.memberId}:${chinaDay(post.createdAt).slice(0, 7)}`;
      firstOfMonth.set(key, Math.min(firstOfMonth.get(key) ?? Infinity, post.createdAt));
    }
  for (const [key, at] of firstOfMonth) addDay(tallyOf(key.split(':')[0]!)!, chinaDay(at), 'forumPosters', 1);
}

/** Questions to 问一问 from the daily counters (no text); each member's earliest day of a month marks them a user. */
async function tallyQuestions(store: DocStore, tallyOf: (memberId: string) => Tally | null, mine: Filter) {
  const firstDay = new Map<string, string>();
  for await (const counter of eachRecord<QuestionDay>(store, 'assistant_quota', mine)) {
    if (!counter.memberId || !tallyOf(counter.memberId)) continue;
    addQuestions(tallyOf(counter.memberId)!, counter.day, counter.used, false);
    const key = `${counter.memberId}:${counter.day.slice(0, 7)}`;
    if (!firstDay.has(key) || counter.day < firstDay.get(key)!) firstDay.set(key, counter.day);
  }
  for (const [key, day] of firstDay) addQuestions(tallyOf(key.split(':')[0]!)!, day, 0, true);
}

/** What one member's records add, for moving their share with them. */
export async function memberRecordsTally(store: DocStore, memberId: string): Promise<Tally> {
  const tally = emptyTally();
  await tallyRecords(store, (id) => (id === memberId ? tally : null), memberId);
  return tally;
}
