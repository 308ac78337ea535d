import { cloudTransport, initCloud } from './cloud';
import { arrivedHttpAnswer, createHttpTransport } from './http';
import type { ApiResult } from '@contract/errors';
import type { Transport } from './types';

/**
 * The weapp build talks to WeChat cloud functions unless it is pointed at a self-hosted
 * HTTP host (TARO_APP_BACKEND=http); H5 always talks HTTP (Taro.cloud does not exist there).
 */
export const usesCloud = process.env.TARO_ENV === 'weapp' && process.env.TARO_APP_BACKEND !== 'http';

export const transport: Transport = usesCloud
  ? cloudTransport
  : createHttpTransport(process.env.TARO_APP_API_BASE ?? '');

/** A call's answer already in hand (the browser page's first call, asked for before the app had loaded), or null. */
export function arrivedAnswer(route: string, input: unknown): ApiResult<unknown> | null {
  return usesCloud ? null : arrivedHttpAnswer(process.env.TARO_APP_API_BASE ?? '', route, input);
}

export function initTransport(): void {
  if (usesCloud) initCloud(process.env.TARO_APP_CLOUD_ENV ?? '');
}

/**
 * Files the HTTP host serves come as paths (`/files/…`); outside the browser (weapp on a self-hosted backend)
 * they need the host's address in front. Cloud storage URLs are absolute already.
 */
export function absoluteUrl(url: string): string {
  return url.startsWith('/') && !usesCloud ? `${process.env.TARO_APP_API_BASE ?? ''}${url}` : url;
}

/** The same for every image inside rich-text HTML. */
export function absoluteImages(html: string): string {
  return html.replace(/src="(\/[^"]*)"/g, (_match, path: string) => `src="${absoluteUrl(path)}"`);
}
