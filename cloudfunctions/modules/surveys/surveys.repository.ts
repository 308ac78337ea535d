import type { DocStore } from '../../store/types';
import type { SurveyDoc, SurveyParticipationDoc, SurveyResponseDoc } from './surveys.types';

export function surveysRepository(store: DocStore) {
  return {
    surveys: store.collection<SurveyDoc>('surveys'),
    participations: store.collection<SurveyParticipationDoc>('survey_participations'),
    responses: store.collection<SurveyResponseDoc>('survey_responses'),
  };
}
