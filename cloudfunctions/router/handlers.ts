import { activitiesRoutes } from '../modules/activities/activities.routes';
import { assistantRoutes } from '../modules/assistant/assistant.routes';
import { passageIndexConsumer } from '../modules/assistant/passage-index';
import { draftsRoutes } from '../modules/assistant/drafts.routes';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes';
import { homeRoutes } from '../modules/home/home.routes';
import { membersRoutes } from '../modules/members/members.routes';
import { noticesRoutes } from '../modules/notices/notices.routes';
import { quizRoutes } from '../modules/quiz/quiz.routes';
import { learningReportRoutes } from '../modules/reports/learning-report.routes';
import { monthlyReportRoutes } from '../modules/reports/monthly-report.routes';
import { pathRoutes } from '../modules/study/path.routes';
import { studyRoutes } from '../modules/study/study.routes';
import { systemRoutes } from '../modules/system/system.routes';
import { surveysRoutes } from '../modules/surveys/surveys.routes';
import { votesRoutes } from '../modules/votes/votes.routes';
import { engageRoutes } from '../modules/engage/engage.routes';
import { publicityRoutes } from '../modules/publicity/publicity.routes';
import { developmentRoutes } from '../modules/development/development.routes';
import { assessmentRoutes } from '../modules/assessment/assessment.routes';
import { duesRoutes } from '../modules/dues/dues.routes';
import { forumRoutes } from '../modules/forum/forum.routes';
import { transfersRoutes } from '../modules/transfers/transfers.routes';
import { wallRoutes } from '../modules/wall/wall.routes';
import { reviewRoutes } from '../modules/review/review.routes';
import type { Handlers } from '../kernel/handler-types';
import { installConsumers } from '../kernel/events';
import { aggregatesConsumer } from '../modules/dashboard/aggregates.consumer';
import { planCompletionConsumer } from '../modules/study/plan-completion.consumer';
import { studySummaryConsumer } from '../modules/study/summary.consumer';

/** Every route of the contract with its service; the type makes a missing route a compile error. */
export const handlers: Handlers = {
  ...membersRoutes,
  ...activitiesRoutes,
  ...noticesRoutes,
  ...systemRoutes,
  ...studyRoutes,
  ...quizRoutes,
  ...votesRoutes,
  ...surveysRoutes,
  ...homeRoutes,
  ...dashboardRoutes,
  ...assistantRoutes,
  ...draftsRoutes,
  ...pathRoutes,
  ...learningReportRoutes,
  ...monthlyReportRoutes,
  ...wallRoutes,
  ...engageRoutes,
  ...publicityRoutes,
  ...developmentRoutes,
  ...assessmentRoutes,
  ...duesRoutes,
  ...reviewRoutes,
  ...forumRoutes,
  ...transfersRoutes,
};

/** Every module's event consumers (ADR 0015). */
installConsumers([passageIndexConsumer, aggregatesConsumer, studySummaryConsumer, planCompletionConsumer]);
