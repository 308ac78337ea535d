/**
 * The `admin` function's routes (the console). The `admin` bundle validates with these alone, so it
 * builds no schema of another function's routes at cold start; `contract.ts` joins the three.
 */
import type { OwnRoutes } from './route-def';
import { memberAdminRoutes } from './routes/members';
import { activityAdminRoutes } from './routes/activities';
import { studyAdminRoutes } from './routes/study';
import { voteAdminRoutes } from './routes/votes';
import { surveyAdminRoutes } from './routes/surveys';
import { quizAdminRoutes } from './routes/quiz';
import { homeAdminRoutes } from './routes/home';
import { studyAssistantAdminRoutes } from './routes/study-assistant';
import { reportAdminRoutes } from './routes/report';
import { noticeAdminRoutes } from './routes/notices';
import { wallAdminRoutes } from './routes/wall';
import { engageAdminRoutes } from './routes/engage';
import { publicityAdminRoutes } from './routes/publicity';
import { developmentAdminRoutes } from './routes/development';
import { duesAdminRoutes } from './routes/dues';
import { transferAdminRoutes } from './routes/transfers';
import { reviewAdminRoutes } from './routes/review';
import { forumAdminRoutes } from './routes/forum';
import { assessmentAdminRoutes } from './routes/assessment';

export const adminContract = {
  ...memberAdminRoutes,
  ...activityAdminRoutes,
  ...studyAdminRoutes,
  ...voteAdminRoutes,
  ...surveyAdminRoutes,
  ...quizAdminRoutes,
  ...homeAdminRoutes,
  ...studyAssistantAdminRoutes,
  ...reportAdminRoutes,
  ...noticeAdminRoutes,
  ...wallAdminRoutes,
  ...engageAdminRoutes,
  ...publicityAdminRoutes,
  ...developmentAdminRoutes,
  ...duesAdminRoutes,
  ...transferAdminRoutes,
  ...reviewAdminRoutes,
  ...forumAdminRoutes,
  ...assessmentAdminRoutes,
};

/** Names the table's type; a route here that `functionOf` sends to another function is a compile error. */
export type AdminContract = OwnRoutes<'admin', typeof adminContract>;
