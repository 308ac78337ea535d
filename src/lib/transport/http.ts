import Taro from '@tarojs/taro';
import { errorResult, type ApiResult } from '@contract/errors';
import { readSessionToken } from '@/lib/session';
import { takeArrivedFirstCall, takeFirstCall } from './first-call';
import type { Transport } from './types';

function isApiResult(body: unknown): body is ApiResult<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body;
}

/** The answer to this call if index.html asked for it and it has already arrived; null otherwise. */
export function arrivedHttpAnswer(baseUrl: string, route: string, input: unknown): ApiResult<unknown> | null {
  const early = takeArrivedFirstCall(`${baseUrl}/api/${route}`, JSON.stringify(input ?? {}), readSessionToken());
  return isApiResult(early) ? early : null;
}

/** Calls the HTTP host (`POST /api/<route>`), sending the signed session token if there is one. */
export function createHttpTransport(baseUrl: string): Transport {
  return async (route, input) => {
    const token = readSessionToken();
    const url = `${baseUrl}/api/${route}`;
    const data = input ?? {};
    const early = await takeFirstCall(url, JSON.stringify(data), token);
    if (isApiResult(early)) return early;
    try {
      const response = await Taro.request<ApiResult<unknown>>({
        url,
        method: 'POST',
        data,
        header: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
      const body = response.data;
      if (isApiResult(body)) return body;
      return errorResult('INTERNAL');
    } catch {
      return errorResult('INTERNAL', '网络不太稳定，请检查网络后重试。');
    }
  };
}
