import type { FunctionHandlers } from '../kernel/handler-types';
import { membersApiRoutes } from '../modules/members/members.routes';
import { activitiesApiRoutes } from '../modules/activities/activities.routes';
import { noticesApiRoutes } from '../modules/notices/notices.routes';
import { systemApiRoutes } from '../modules/system/system.routes';
import { studyApiRoutes } from '../modules/study/study.routes';
import { quizApiRoutes } from '../modules/quiz/quiz.routes';
import { votesApiRoutes } from '../modules/votes/votes.routes';
import { surveysApiRoutes } from '../modules/surveys/surveys.routes';
import { homeApiRoutes } from '../modules/home/home.routes';
import { assistantApiRoutes } from '../modules/assistant/assistant.routes';
import { pathApiRoutes } from '../modules/study/path.routes';
import { learningReportApiRoutes } from '../modules/reports/learning-report.routes';
import { wallApiRoutes } from '../modules/wall/wall.routes';
import { engageApiRoutes } from '../modules/engage/engage.routes';
import { publicityApiRoutes } from '../modules/publicity/publicity.routes';
import { developmentApiRoutes } from '../modules/development/development.routes';
import { assessmentApiRoutes } from '../modules/assessment/assessment.routes';
import { duesApiRoutes } from '../modules/dues/dues.routes';
import { reviewApiRoutes } from '../modules/review/review.routes';
import { forumApiRoutes } from '../modules/forum/forum.routes';
import { transfersApiRoutes } from '../modules/transfers/transfers.routes';

/** The `api` function's routes (members' own calls): every route `functionOf` sends to it, and nothing else. */
export const apiHandlers: FunctionHandlers<'api'> = {
  ...membersApiRoutes,
  ...activitiesApiRoutes,
  ...noticesApiRoutes,
  ...systemApiRoutes,
  ...studyApiRoutes,
  ...quizApiRoutes,
  ...votesApiRoutes,
  ...surveysApiRoutes,
  ...homeApiRoutes,
  ...assistantApiRoutes,
  ...pathApiRoutes,
  ...learningReportApiRoutes,
  ...wallApiRoutes,
  ...engageApiRoutes,
  ...publicityApiRoutes,
  ...developmentApiRoutes,
  ...assessmentApiRoutes,
  ...duesApiRoutes,
  ...reviewApiRoutes,
  ...forumApiRoutes,
  ...transfersApiRoutes,
};
