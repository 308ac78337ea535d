import type { MemberDoc } from '../members/members.types';
import type { SurveyDoc } from './surveys.types';

/** A published questionnaire is for the members of its unit's subtree; a draft is for nobody yet. */
export const inSurveyAudience = (survey: Pick<SurveyDoc, 'unitId' | 'publishedAt'>, member: MemberDoc) =>
  survey.publishedAt !== null && member.unitPath.includes(survey.unitId);
