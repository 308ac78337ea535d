import type { ApiResult } from '@contract/errors';

/** Sends one route call to wherever the backend lives and returns its envelope. */
export type Transport = (route: string, input: unknown) => Promise<ApiResult<unknown>>;
