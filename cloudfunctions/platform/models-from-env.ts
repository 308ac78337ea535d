import type { Env } from '../../config/env';
import { localModel, type ModelPort } from './models';
import { openAiModel } from './models-openai';
import { wxCloudModel, type WxCloudAi } from './models-wxcloud';

/**
 * The model the environment names (MODEL_DRIVER): `local` (no model, the default), `openai` (MODEL_BASE_URL,
 * MODEL_API_KEY, MODEL_NAME) or `wxcloud` (MODEL_NAME, only inside a WeChat cloud function, which passes its
 * `wx-server-sdk` instance).
 */
export function modelFromEnv(env: Env, cloud: WxCloudAi | null): ModelPort {
  if (env.MODEL_DRIVER === 'openai')
    return openAiModel({ baseUrl: env.MODEL_BASE_URL!, apiKey: env.MODEL_API_KEY, model: env.MODEL_NAME! });
  if (env.MODEL_DRIVER === 'wxcloud') {
    if (!cloud) throw new Error('MODEL_DRIVER=wxcloud works only inside a WeChat cloud function');
    return wxCloudModel(cloud, env.MODEL_NAME!);
  }
  return localModel;
}
