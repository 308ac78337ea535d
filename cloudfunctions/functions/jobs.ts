import { jobsContract } from '../../types/contract-jobs';
import { jobsHandlers } from '../router/handlers-jobs';
import { createCloudEntry } from './cloud-entry';

/** The `jobs` cloud function: timer triggers and one-off system tasks (setup). */
export const main = createCloudEntry('jobs', jobsHandlers, jobsContract);
