import type { MemberDoc } from '../members/members.types';
import type { QuizDoc } from './quiz.types';

/** A quiz is for the members of its audience units (a competition's), or of its organiser's subtree. */
export function inQuizAudience(quiz: QuizDoc, member: MemberDoc): boolean {
  const units = quiz.audienceUnitIds.length ? quiz.audienceUnitIds : [quiz.unitId];
  return units.some((unitId) => member.unitPath.includes(unitId));
}
