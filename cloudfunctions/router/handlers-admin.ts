import type { FunctionHandlers } from '../kernel/handler-types';
import { membersAdminRoutes } from '../modules/members/members.routes';
import { activitiesAdminRoutes } from '../modules/activities/activities.routes';
import { noticesAdminRoutes } from '../modules/notices/notices.routes';
import { systemAdminRoutes } from '../modules/system/system.routes';
import { studyAdminRoutes } from '../modules/study/study.routes';
import { quizAdminRoutes } from '../modules/quiz/quiz.routes';
import { votesAdminRoutes } from '../modules/votes/votes.routes';
import { surveysAdminRoutes } from '../modules/surveys/surveys.routes';
import { homeAdminRoutes } from '../modules/home/home.routes';
import { dashboardAdminRoutes } from '../modules/dashboard/dashboard.routes';
import { draftsAdminRoutes } from '../modules/assistant/drafts.routes';
import { monthlyReportAdminRoutes } from '../modules/reports/monthly-report.routes';
import { wallAdminRoutes } from '../modules/wall/wall.routes';
import { engageAdminRoutes } from '../modules/engage/engage.routes';
import { publicityAdminRoutes } from '../modules/publicity/publicity.routes';
import { developmentAdminRoutes } from '../modules/development/development.routes';
import { assessmentAdminRoutes } from '../modules/assessment/assessment.routes';
import { duesAdminRoutes } from '../modules/dues/dues.routes';
import { reviewAdminRoutes } from '../modules/review/review.routes';
import { forumAdminRoutes } from '../modules/forum/forum.routes';
import { transfersAdminRoutes } from '../modules/transfers/transfers.routes';

/** The `admin` function's routes (the console): every `admin.*` route of the contract, and nothing else. */
export const adminHandlers: FunctionHandlers<'admin'> = {
  ...membersAdminRoutes,
  ...activitiesAdminRoutes,
  ...noticesAdminRoutes,
  ...systemAdminRoutes,
  ...studyAdminRoutes,
  ...quizAdminRoutes,
  ...votesAdminRoutes,
  ...surveysAdminRoutes,
  ...homeAdminRoutes,
  ...dashboardAdminRoutes,
  ...draftsAdminRoutes,
  ...monthlyReportAdminRoutes,
  ...wallAdminRoutes,
  ...engageAdminRoutes,
  ...publicityAdminRoutes,
  ...developmentAdminRoutes,
  ...assessmentAdminRoutes,
  ...duesAdminRoutes,
  ...reviewAdminRoutes,
  ...forumAdminRoutes,
  ...transfersAdminRoutes,
};
