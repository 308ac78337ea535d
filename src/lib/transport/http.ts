import Taro from '@tarojs/taro';
import { errorResult, type ApiResult } from '@contract/errors';
import { readSessionToken } from '@/lib/session';
import type { Transport } from './types';

/** Calls the HTTP host (`POST /api/<route>`), sending the signed session token if there is one. */
export function createHttpTransport(baseUrl: string): Transport {
  return async (route, input) => {
    const token = readSessionToken();
    try {
      const response = await Taro.request<ApiResult<unknown>>({
        url: `${baseUrl}/api/${route}`,
        method: 'POST',
        data: input ?? {},
        header: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
      const body = response.data;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return errorResult('INTERNAL');
    } catch {
      return errorResult('INTERNAL', '网络不太稳定，请检查网络后重试。');
    }
  };
}
