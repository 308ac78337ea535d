/**
 * The `jobs` function's routes (timers and one-off system tasks). The `jobs` bundle validates with these alone, so it
 * builds no schema of another function's routes at cold start; `contract.ts` joins the three.
 */
import type { OwnRoutes } from './route-def';
import { systemJobsRoutes } from './routes/system';
import { studyJobsRoutes } from './routes/study';
import { publicityJobsRoutes } from './routes/publicity';
import { developmentJobsRoutes } from './routes/development';
import { duesJobsRoutes } from './routes/dues';
import { transferJobsRoutes } from './routes/transfers';
import { forumJobsRoutes } from './routes/forum';

export const jobsContract = {
  ...systemJobsRoutes,
  ...studyJobsRoutes,
  ...publicityJobsRoutes,
  ...developmentJobsRoutes,
  ...duesJobsRoutes,
  ...transferJobsRoutes,
  ...forumJobsRoutes,
};

/** Names the table's type; a route here that `functionOf` sends to another function is a compile error. */
export type JobsContract = OwnRoutes<'jobs', typeof jobsContract>;
