import { apiContract } from '../../types/contract-api';
import { apiHandlers } from '../router/handlers-api';
import { createCloudEntry } from './cloud-entry';

/** The `api` cloud function: member-facing routes. */
export const main = createCloudEntry('api', apiHandlers, apiContract);
