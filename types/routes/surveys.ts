/** The surveys module's routes: admins draft, publish and read questionnaires; members answer once. */
import * as z from 'zod';
import { Id } from '../schemas/common';
import { FileOutput } from '../schemas/roster';
import {
  AdminSurveyListInput,
  AdminSurveyListOutput,
  SurveyCreateInput,
  SurveyDetail,
  SurveyIdInput,
  SurveyListInput,
  SurveyListOutput,
  SurveyResults,
  SurveySubmitInput,
  SurveyUpdateInput,
} from '../schemas/surveys';
import { route } from '../route-def';

export const surveyApiRoutes = {
  'survey.list': route({
    input: SurveyListInput,
    output: SurveyListOutput,
    access: { role: 'member' },
    writes: false,
    summary: 'Published questionnaires of my units, with whether I have answered.',
  }),
  'survey.detail': route({
    input: SurveyIdInput,
    output: SurveyDetail,
    access: { role: 'member', audience: 'survey' },
    writes: false,
    summary: 'One questionnaire with its questions.',
  }),
  'survey.submit': route({
    input: SurveySubmitInput,
    output: SurveyDetail,
    access: { role: 'member', audience: 'survey' },
    writes: true,
    summary: 'My one response; an anonymous survey stores it with nothing that leads back to me.',
  }),
  'survey.results': route({
    input: SurveyIdInput,
    output: SurveyResults,
    access: { role: 'member', audience: 'survey' },
    writes: false,
    summary: 'The results, when the survey shows them to members (after answering, or once closed).',
  }),
};

export const surveyAdminRoutes = {
  'admin.surveyCreate': route({
    input: SurveyCreateInput,
    output: z.object({ surveyId: Id }),
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Drafts a questionnaire for a unit’s members (not shown to them until published).',
  }),
  'admin.surveyUpdate': route({
    input: SurveyUpdateInput,
    output: SurveyDetail,
    access: { role: 'branch_admin', scope: 'survey' },
    writes: true,
    summary: 'Changes a questionnaire while it is a draft or has not opened yet.',
  }),
  'admin.surveyPublish': route({
    input: SurveyIdInput,
    output: SurveyDetail,
    access: { role: 'branch_admin', scope: 'survey' },
    writes: true,
    summary: 'Publishes a draft to the unit’s members, fixing the audience count.',
  }),
  'admin.surveyClose': route({
    input: SurveyIdInput,
    output: SurveyDetail,
    access: { role: 'branch_admin', scope: 'survey' },
    writes: true,
    summary: 'Ends an open questionnaire now; responses after this are refused.',
  }),
  'admin.surveyList': route({
    input: AdminSurveyListInput,
    output: AdminSurveyListOutput,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The questionnaires of a unit’s subtree with their response counts.',
  }),
  'admin.surveyResults': route({
    input: SurveyIdInput,
    output: SurveyResults,
    access: { role: 'branch_admin', scope: 'survey' },
    writes: false,
    summary: 'The questionnaire and its results at any time.',
  }),
  'admin.surveyExport': route({
    input: SurveyIdInput,
    output: FileOutput,
    access: { role: 'branch_admin', scope: 'survey' },
    writes: false,
    summary: 'The responses as XLSX, one row each (names only for named questionnaires).',
  }),
};
