import Taro from '@tarojs/taro';
import { errorResult, type ApiResult } from '@contract/errors';
import { functionOf } from '@contract/functions';
import type { Transport } from './types';

/** Calls WeChat cloud functions; identity is the caller's OPENID, added by the platform. */
export function initCloud(env: string): void {
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
}

export const cloudTransport: Transport = async (route, input) => {
  try {
    const response = await Taro.cloud.callFunction({ name: functionOf(route), data: { route, input } });
    return response.result as ApiResult<unknown>;
  } catch {
    return errorResult('INTERNAL', '网络不太稳定，请检查网络后重试。');
  }
};
