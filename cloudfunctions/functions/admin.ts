import { adminContract } from '../../types/contract-admin';
import { adminHandlers } from '../router/handlers-admin';
import { createCloudEntry } from './cloud-entry';

/** The `admin` cloud function: the admin console's routes. */
export const main = createCloudEntry('admin', adminHandlers, adminContract);
