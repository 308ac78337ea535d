import type { ModelPort, ModelRequest } from './models';

export interface OpenAiModelConfig {
  /** The API root, e.g. `https://api.example.com/v1`; the adapter posts to `<baseUrl>/chat/completions`. */
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs?: number;
}

interface ChatCompletion {
  choices?: Array<{ message?: { content?: string | null } }>;
}

/** Any endpoint that speaks the OpenAI chat-completions protocol (hosted, or a local server). */
export function openAiModel(config: OpenAiModelConfig): ModelPort {
  const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    kind: 'openai',
    async generate(request: ModelRequest) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: config.model,
          messages: [{ role: 'system', content: request.system }, ...request.messages],
          ...(request.maxTokens ? { max_tokens: request.maxTokens } : {}),
          temperature: 0.2,
          stream: false,
        }),
        signal: AbortSignal.timeout(config.timeoutMs ?? 60_000),
      });
      if (!response.ok) throw new Error(`model endpoint answered ${response.status}`);
      const completion = (await response.json()) as ChatCompletion;
      const text = completion.choices?.[0]?.message?.content?.trim() ?? '';
      return text ? { text } : null;
    },
  };
}
