/**
 * The `api` function's routes (members' own calls). The `api` bundle validates with these alone, so it
 * builds no schema of another function's routes at cold start; `contract.ts` joins the three.
 */
import type { OwnRoutes } from './route-def';
import { memberApiRoutes } from './routes/members';
import { activityApiRoutes } from './routes/activities';
import { studyApiRoutes } from './routes/study';
import { voteApiRoutes } from './routes/votes';
import { surveyApiRoutes } from './routes/surveys';
import { quizApiRoutes } from './routes/quiz';
import { homeApiRoutes } from './routes/home';
import { assistantApiRoutes } from './routes/assistant';
import { studyAssistantApiRoutes } from './routes/study-assistant';
import { learningReportApiRoutes } from './routes/learning-report';
import { noticeApiRoutes } from './routes/notices';
import { wallApiRoutes } from './routes/wall';
import { engageApiRoutes } from './routes/engage';
import { publicityApiRoutes } from './routes/publicity';
import { developmentApiRoutes } from './routes/development';
import { duesApiRoutes } from './routes/dues';
import { transferApiRoutes } from './routes/transfers';
import { reviewApiRoutes } from './routes/review';
import { forumApiRoutes } from './routes/forum';
import { assessmentApiRoutes } from './routes/assessment';

export const apiContract = {
  ...memberApiRoutes,
  ...activityApiRoutes,
  ...studyApiRoutes,
  ...voteApiRoutes,
  ...surveyApiRoutes,
  ...quizApiRoutes,
  ...homeApiRoutes,
  ...assistantApiRoutes,
  ...studyAssistantApiRoutes,
  ...learningReportApiRoutes,
  ...noticeApiRoutes,
  ...wallApiRoutes,
  ...engageApiRoutes,
  ...publicityApiRoutes,
  ...developmentApiRoutes,
  ...duesApiRoutes,
  ...transferApiRoutes,
  ...reviewApiRoutes,
  ...forumApiRoutes,
  ...assessmentApiRoutes,
};

/** Names the table's type; a route here that `functionOf` sends to another function is a compile error. */
export type ApiContract = OwnRoutes<'api', typeof apiContract>;
