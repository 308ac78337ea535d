import type { z } from 'zod';
import type { ReportFigures } from '../../../types/schemas/report';
import { POINT_RULES, STAGES, THREE_MEETINGS, type ActivityType } from '../../../types/labels';
import type { Counts } from '../dashboard/aggregates';
import { BALANCE_BANDS } from '../dashboard/tallies';

/** 三会一课 of a subtree in one month: held by type, required of its branches, and the branches missing some. */
export interface MeetingTally {
  held: Partial<Record<ActivityType, number>>;
  required: Partial<Record<ActivityType, number>>;
  missing: ActivityType[];
  branchesMissing: number;
}

/** A percentage with one decimal, or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 1000) / 10) : null;
}

/** The report's figures from a unit's month counters (`month`) and its snapshot now (`snapshot`). */
export function reportFigures(month: Counts, snapshot: Counts, meetings: MeetingTally): z.input<typeof ReportFigures> {
  const n = (key: string) => month[key] ?? 0;
  const minutes = Math.floor(n('studySeconds') / 60);
  const activeMembers = snapshot.active ?? 0;
  const attempts = n('attemptsHandedIn');
  return {
    study: {
      minutes,
      itemsCompleted: n('itemsCompleted'),
      minutesPerMember: activeMembers ? Math.floor(minutes / activeMembers) : null,
      members: n('studyMembers'),
    },
    quizzes: {
      attemptsHandedIn: attempts,
      attemptsGraded: n('attemptsGraded'),
      attemptsPassed: n('attemptsPassed'),
      passRate: percentOf(n('attemptsPassed'), n('attemptsGraded')),
      averageScore: attempts ? Math.round((n('scoreTotal') / attempts) * 10) / 10 : null,
      scoreBands: Array.from({ length: 10 }, (_, band) => ({
        from: band * 10,
        to: band === 9 ? 100 : band * 10 + 9,
        attempts: n(`score_${band}`),
      })),
    },
    assistant: { questions: n('assistantQuestions'), members: n('assistantUsers') },
    activities: {
      signups: n('signups'),
      leave: n('leave'),
      checkins: n('checkins'),
      attendanceRate: percentOf(n('checkins'), n('signups')),
      members: n('activityMembers'),
    },
    meetings: {
      held: Object.fromEntries(THREE_MEETINGS.map((type) => [type, meetings.held[type] ?? 0])),
      required: meetings.required,
      missing: meetings.missing,
      branchesMissing: meetings.branchesMissing,
    },
    points: {
      awarded: n('pointsAwarded'),
      byRule: Object.fromEntries(POINT_RULES.map((rule) => [rule, n(`points_${rule}`)])) as Record<
        (typeof POINT_RULES)[number],
        number
      >,
      balanceBands: BALANCE_BANDS.map((from, band) => ({
        from,
        to: band + 1 < BALANCE_BANDS.length ? BALANCE_BANDS[band + 1]! - 1 : null,
        members: snapshot[`balance_${band}`] ?? 0,
      })),
    },
    pipeline: {
      members: snapshot.members ?? 0,
      activeMembers,
      byStage: Object.fromEntries(STAGES.map((stage) => [stage, snapshot[`stage_${stage}`] ?? 0])) as Record<
        (typeof STAGES)[number],
        number
      >,
      reachedThisMonth: Object.fromEntries(STAGES.map((stage) => [stage, n(`stageReached_${stage}`)])) as Record<
        (typeof STAGES)[number],
        number
      >,
    },
  };
}

/** Meetings held in a month, all 三会一课 types together. */
export const meetingsHeld = (tally: MeetingTally) =>
  THREE_MEETINGS.reduce((sum, type) => sum + (tally.held[type] ?? 0), 0);
