import { REVIEW_PHASES, REVIEW_PHASE_LABELS, type ReviewPhase } from '@contract/review-labels';

/** The phases as the steps bar shows them, and which step a phase is. */
export const PHASE_STEPS = REVIEW_PHASES.map((phase) => ({ phase, title: REVIEW_PHASE_LABELS[phase] }));
export const stepOf = (phase: ReviewPhase) => REVIEW_PHASES.indexOf(phase) + 1;

/** The date a phase is planned to end by, for the phases that have one. */
export function deadlineOf(
  phase: ReviewPhase,
  deadlines: { self: number; rating: number; grading: number; publicity: number },
): number | null {
  return phase === 'done' ? null : deadlines[phase];
}
