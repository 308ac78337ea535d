import type { FunctionHandlers } from '../kernel/handler-types';
import { activitiesJobsRoutes } from '../modules/activities/activities.routes';
import { systemJobsRoutes } from '../modules/system/system.routes';
import { studyJobsRoutes } from '../modules/study/study.routes';
import { dashboardJobsRoutes } from '../modules/dashboard/dashboard.routes';
import { publicityJobsRoutes } from '../modules/publicity/publicity.routes';
import { developmentJobsRoutes } from '../modules/development/development.routes';
import { duesJobsRoutes } from '../modules/dues/dues.routes';
import { forumJobsRoutes } from '../modules/forum/forum.routes';
import { transfersJobsRoutes } from '../modules/transfers/transfers.routes';

/** The `jobs` function's routes (timers and one-off system tasks): every `system.*` route, and nothing else. */
export const jobsHandlers: FunctionHandlers<'jobs'> = {
  ...activitiesJobsRoutes,
  ...systemJobsRoutes,
  ...studyJobsRoutes,
  ...dashboardJobsRoutes,
  ...publicityJobsRoutes,
  ...developmentJobsRoutes,
  ...duesJobsRoutes,
  ...forumJobsRoutes,
  ...transfersJobsRoutes,
};
