import type { SurveyAnswer, SurveyQuestion } from '../../../types/schemas/surveys';

/** A questionnaire of a unit's members; `unitPath` ends with the unit (scope checks and audiences). */
export interface SurveyDoc {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  title: string;
  description: string;
  /** Anonymous: responses are stored with no member id, and the participation with a keyed hash only. */
  anonymous: boolean;
  /** Whether members see the results (after answering, or once closed). */
  resultsVisible: boolean;
  questions: SurveyQuestion[];
  opensAt: number;
  /** Closing early moves this to the moment of closing. */
  closesAt: number;
  /** Null while a draft: members do not see it. */
  publishedAt: number | null;
  /** Members addressed when it was published: the denominator of the response rate. */
  audienceCount: number;
  createdBy: string;
  createdAt: number;
}

/**
 * That someone answered, and nothing of what. Its id is `<surveyId>_<keyed hash of survey and member>`, so
 * inserting it decides the one response per member on every store, and without the server key the id
 * names nobody. It carries the response (encrypted with the server key) only until the response is stored.
 */
export interface SurveyParticipationDoc {
  _id: string;
  surveyId: string;
  pending?: string;
}

/**
 * One response: a random id, the survey and the answers. An anonymous one has no member and no time, so
 * nothing stored ties it to a participation; a named one records who answered and when.
 */
export interface SurveyResponseDoc {
  _id: string;
  surveyId: string;
  answers: SurveyAnswer[];
  memberId?: string;
  memberName?: string;
  answeredAt?: number;
}
