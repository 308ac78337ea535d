import type { MemberFacts, SignupFacts } from '../../kernel/events';
import { INACTIVE_MEMBER_STATUSES, type PointRule, type Stage } from '../../../types/labels';
import { chinaDay } from '../shared/china-time';
import { addDay, addTo, type Counts, type Tally } from './aggregates';

/**
 * What each record or event adds to the aggregates: one definition used by the consumers (one event at a time)
 * and by the reconcile (all records at once), so the two can only agree.
 */

/** Lower bounds of the points balance bands; a balance of 0 is in none. */
export const BALANCE_BANDS = [1, 50, 100, 200, 500] as const;

export function balanceBand(total: number): number | null {
  if (total <= 0) return null;
  let band = 0;
  BALANCE_BANDS.forEach((from, index) => {
    if (total >= from) band = index;
  });
  return band;
}

export const scoreBand = (percent: number) => Math.min(9, Math.max(0, Math.floor(percent / 10)));

export function isActive(status: MemberFacts['status']): boolean {
  return !INACTIVE_MEMBER_STATUSES.includes(status);
}

/**
 * A member in the snapshot: on the roster, by status and by stage (`roster_stage_`, what the console overview
 * shows); when active also by stage (`stage_`, the dashboard's composition) and year of joining.
 */
export function memberSnapshot(facts: MemberFacts): Counts {
  const counts: Counts = { members: 1, [`status_${facts.status}`]: 1, [`roster_stage_${facts.stage}`]: 1 };
  if (isActive(facts.status)) {
    counts.active = 1;
    counts[`stage_${facts.stage}`] = 1;
    counts[facts.joinedAt === null ? 'join_none' : `join_${chinaDay(facts.joinedAt).slice(0, 4)}`] = 1;
  }
  return counts;
}

export function addBalance(tally: Tally, total: number, sign: 1 | -1): void {
  const band = balanceBand(total);
  if (band !== null) addTo(tally.snapshot, `balance_${band}`, sign);
}

export const addStudy = (tally: Tally, day: string, seconds: number) => addDay(tally, day, 'studySeconds', seconds);

export const addItemCompleted = (tally: Tally, at: number) => addDay(tally, chinaDay(at), 'itemsCompleted', 1);

/**
 * A hand-in; only one with a pass mark (`passed` not null) is graded, so a pass rate divides passes by graded
 * hand-ins and daily practice cannot pull it down.
 */
export function addHandIn(tally: Tally, at: number, percent: number, passed: boolean | null): void {
  const day = chinaDay(at);
  addDay(tally, day, 'attemptsHandedIn', 1);
  if (passed !== null) addDay(tally, day, 'attemptsGraded', 1);
  if (passed === true) addDay(tally, day, 'attemptsPassed', 1);
  addDay(tally, day, `score_${scoreBand(percent)}`, 1);
  // Whole-number scores summed, so a report can give the average of a month without reading the attempts.
  addDay(tally, day, 'scoreTotal', Math.round(percent));
}

/** A sign-up counts on the day its activity starts: a held place, a leave, a check-in. */
export function addSignup(tally: Tally, startAt: number, facts: SignupFacts, sign: 1 | -1): void {
  const day = chinaDay(startAt);
  if (facts.status === 'confirmed') addDay(tally, day, 'signups', sign);
  if (facts.status === 'leave') addDay(tally, day, 'leave', sign);
  if (facts.checkedIn) addDay(tally, day, 'checkins', sign);
}

export function addAward(tally: Tally, at: number, rule: PointRule, points: number): void {
  addDay(tally, chinaDay(at), 'pointsAwarded', points);
  addDay(tally, chinaDay(at), `points_${rule}`, points);
}

/**
 * A post on a board (交流园地) counts on its day; a member's first post of a month also counts them once among
 * the month's participants. Counts only: no text, no score of anyone.
 */
export function addForumPost(tally: Tally, at: number, firstInMonth: boolean): void {
  addDay(tally, chinaDay(at), 'forumPosts', 1);
  if (firstInMonth) addDay(tally, chinaDay(at), 'forumPosters', 1);
}

/**
 * Questions to 问一问 count on their day; a member's first question of a month also counts them once among the
 * month's users. Counts only: what was asked never reaches the aggregates.
 */
export function addQuestions(tally: Tally, day: string, questions: number, firstInMonth: boolean): void {
  addDay(tally, day, 'assistantQuestions', questions);
  if (firstInMonth) addDay(tally, day, 'assistantUsers', 1);
}

/** A ballot counts on the day its vote opens (participations keep no time, so the reconcile can agree). */
export const addBallot = (tally: Tally, opensAt: number) => addDay(tally, chinaDay(opensAt), 'ballotsCast', 1);

/**
 * A member's first study credit, or first check-in, of a month counts them once among the month's learners
 * (`studyMembers`) or participants (`activityMembers`). Counted on the month's first day whatever day it
 * happened, so the consumer (events in any order) and the reconcile (records) agree day by day.
 */
export function addMonthFirst(tally: Tally, month: string, key: 'studyMembers' | 'activityMembers'): void {
  addDay(tally, `${month}-01`, key, 1);
}

/** A member reached `stage` (入党积极分子, 发展对象, 预备党员, 转正…), counted on the day the stage dates from. */
export function addStageReached(tally: Tally, since: number, stage: Stage): void {
  addDay(tally, chinaDay(since), `stageReached_${stage}`, 1);
}
