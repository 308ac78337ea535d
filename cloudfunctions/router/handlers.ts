import type { Handlers } from '../kernel/handler-types';
import { adminHandlers } from './handlers-admin';
import { apiHandlers } from './handlers-api';
import { jobsHandlers } from './handlers-jobs';

/**
 * Every route of the contract, for the HTTP host (which serves them all); the type makes a missing route a
 * compile error. A cloud function bundles only its own table (handlers-api/-admin/-jobs.ts), so that `api`
 * does not carry the console's code.
 */
export const handlers: Handlers = { ...apiHandlers, ...adminHandlers, ...jobsHandlers };
