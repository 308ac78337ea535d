import type { ModelPort, ModelRequest } from './models';

/** The part of `wx-server-sdk` (4.0.1 or later) this adapter uses: `cloud.ai()`. */
export interface WxCloudAi {
  ai(): {
    createModel(group: string): {
      generateText(args: {
        model: string;
        messages: Array<{ role: 'system' | 'user' | 'assistant'; content: string }>;
        max_tokens?: number;
      }): Promise<{ text?: string; error?: unknown }>;
    };
  };
}

/**
 * WeChat cloud AI: the environment's model group `cloudbase`, the chat model named by MODEL_NAME. The whole
 * answer is awaited (`generateText`): a mini-program reaches the function through `callFunction`, which
 * returns one result, so streaming would gain nothing. An empty or failed generation answers null, and the
 * caller falls back to quoting passages.
 */
export function wxCloudModel(cloud: WxCloudAi, modelName: string): ModelPort {
  return {
    kind: 'wxcloud',
    async generate(request: ModelRequest) {
      const model = cloud.ai().createModel('cloudbase');
      const result = await model.generateText({
        model: modelName,
        messages: [{ role: 'system', content: request.system }, ...request.messages],
        ...(request.maxTokens ? { max_tokens: request.maxTokens } : {}),
      });
      const text = result.error ? '' : (result.text ?? '').trim();
      return text ? { text } : null;
    },
  };
}
