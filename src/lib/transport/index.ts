import { cloudTransport, initCloud } from './cloud';
import { createHttpTransport } from './http';
import type { Transport } from './types';

/**
 * The weapp build talks to WeChat cloud functions unless it is pointed at a self-hosted
 * HTTP host (TARO_APP_BACKEND=http); H5 always talks HTTP (Taro.cloud does not exist there).
 */
export const usesCloud = process.env.TARO_ENV === 'weapp' && process.env.TARO_APP_BACKEND !== 'http';

export const transport: Transport = usesCloud
  ? cloudTransport
  : createHttpTransport(process.env.TARO_APP_API_BASE ?? '');

export function initTransport(): void {
  if (usesCloud) initCloud(process.env.TARO_APP_CLOUD_ENV ?? '');
}
