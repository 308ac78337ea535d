import { contract } from '../../types/contract';
import type { ApiResult } from '../../types/errors';
import type { Services } from '../kernel/context';
import type { Identity } from '../platform/identity';
import { handlers } from './handlers';
import { dispatchWith, type Entry } from './pipeline';

export { MAX_INPUT_BYTES, type Entry } from './pipeline';

/**
 * The dispatcher with every route and the whole contract: the HTTP host, scripts and tests. An entry named after a cloud function
 * still answers only that function's routes; the cloud functions themselves dispatch with their own table.
 */
export function dispatch(
  entry: Entry,
  event: unknown,
  identity: Identity,
  services: Services,
  meta: { requestId?: string } = {},
): Promise<ApiResult<unknown>> {
  return dispatchWith(handlers, contract, entry, event, identity, services, meta);
}
