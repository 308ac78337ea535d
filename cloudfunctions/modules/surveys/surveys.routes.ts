import type { FunctionHandlers } from '../../kernel/handler-types';
import { exportSurvey } from './survey-export';
import {
  adminResults,
  closeSurvey,
  createSurvey,
  listMySurveys,
  listUnitSurveys,
  memberResults,
  publishSurvey,
  submitResponse,
  surveyDetail,
  updateSurvey,
} from './surveys.service';

export const surveysApiRoutes = {
  'survey.list': (input, ctx) => listMySurveys(ctx, input.skip, input.limit),
  'survey.detail': (input, ctx) => surveyDetail(ctx, input.surveyId),
  'survey.submit': (input, ctx) => submitResponse(ctx, input.surveyId, input.answers),
  'survey.results': (input, ctx) => memberResults(ctx, input.surveyId),
} satisfies Partial<FunctionHandlers<'api'>>;

export const surveysAdminRoutes = {
  'admin.surveyCreate': (input, ctx) => createSurvey(ctx, input.unitId, input.survey),
  'admin.surveyUpdate': (input, ctx) => updateSurvey(ctx, input.surveyId, input.survey),
  'admin.surveyPublish': (input, ctx) => publishSurvey(ctx, input.surveyId),
  'admin.surveyClose': (input, ctx) => closeSurvey(ctx, input.surveyId),
  'admin.surveyList': (input, ctx) => listUnitSurveys(ctx, input.unitId, input.skip, input.limit),
  'admin.surveyResults': (input, ctx) => adminResults(ctx, input.surveyId),
  'admin.surveyExport': (input, ctx) => exportSurvey(ctx, input.surveyId),
} satisfies Partial<FunctionHandlers<'admin'>>;
