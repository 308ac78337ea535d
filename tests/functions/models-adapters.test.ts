import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseEnv } from '../../config/env';
import { modelFromEnv } from '../../cloudfunctions/platform/models-from-env';
import { openAiModel } from '../../cloudfunctions/platform/models-openai';
import { wxCloudModel, type WxCloudAi } from '../../cloudfunctions/platform/models-wxcloud';

/**
 * The two model adapters against stand-ins for what they talk to: WeChat cloud AI (`cloud.ai()`), whose
 * calls the fake records, and an HTTP server speaking the chat-completions protocol.
 */
const REQUEST = {
  system: '只根据资料回答。',
  messages: [{ role: 'user' as const, content: '党的根本宗旨是什么？' }],
  maxTokens: 300,
};

describe('the WeChat cloud AI adapter', () => {
  function fakeCloud(answer: { text?: string; error?: unknown }) {
    const calls: { groups: string[]; generations: unknown[] } = { groups: [], generations: [] };
    const cloud: WxCloudAi = {
      ai: () => ({
        createModel(group) {
          calls.groups.push(group);
          return {
            async generateText(args) {
              calls.generations.push(args);
              return answer;
            },
          };
        },
      }),
    };
    return { cloud, calls };
  }

  it('asks the cloudbase group for the configured model with the system prompt first', async () => {
    const { cloud, calls } = fakeCloud({ text: ' 全心全意为人民服务[1]。 ' });
    const model = wxCloudModel(cloud, 'hunyuan-turbos-latest');
    expect(model.kind).toBe('wxcloud');
    expect(await model.generate(REQUEST)).toEqual({ text: '全心全意为人民服务[1]。' });
    expect(calls.groups).toEqual(['cloudbase']);
    expect(calls.generations).toEqual([
      {
        model: 'hunyuan-turbos-latest',
        messages: [
          { role: 'system', content: '只根据资料回答。' },
          { role: 'user', content: '党的根本宗旨是什么？' },
        ],
        max_tokens: 300,
      },
    ]);
  });

  it('answers null for an empty or failed generation, so the caller quotes passages', async () => {
    expect(await wxCloudModel(fakeCloud({ text: '' }).cloud, 'm').generate(REQUEST)).toBeNull();
    expect(await wxCloudModel(fakeCloud({ text: 'x', error: 'quota' }).cloud, 'm').generate(REQUEST)).toBeNull();
  });

  it('is chosen by MODEL_DRIVER=wxcloud inside a cloud function only', () => {
    const env = parseEnv({ MODEL_DRIVER: 'wxcloud', MODEL_NAME: 'deepseek-v3' });
    expect(modelFromEnv(env, fakeCloud({}).cloud).kind).toBe('wxcloud');
    expect(() => modelFromEnv(env, null)).toThrow(/cloud function/);
    expect(() => parseEnv({ MODEL_DRIVER: 'wxcloud' })).toThrow(/MODEL_NAME/);
    expect(modelFromEnv(parseEnv({}), null).kind).toBe('local');
  });
});

describe('the OpenAI-compatible adapter', () => {
  let server: Server;
  let baseUrl: string;
  const received: Array<{ url: string; authorization?: string; body: any }> = [];
  let status = 200;
  let reply: unknown = {};

  const bodyOf = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => resolve(text));
    });

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      received.push({
        url: request.url ?? '',
        authorization: request.headers.authorization,
        body: JSON.parse(await bodyOf(request)),
      });
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    status = 200;
  });

  it('posts a chat completion with the key and model and reads the first choice', async () => {
    reply = { choices: [{ index: 0, message: { role: 'assistant', content: '为人民服务[1]' } }] };
    const model = modelFromEnv(
      parseEnv({ MODEL_DRIVER: 'openai', MODEL_BASE_URL: baseUrl, MODEL_API_KEY: 'sk-test', MODEL_NAME: 'qwen-plus' }),
      null,
    );
    expect(model.kind).toBe('openai');
    expect(await model.generate(REQUEST)).toEqual({ text: '为人民服务[1]' });
    expect(received).toEqual([
      {
        url: '/v1/chat/completions',
        authorization: 'Bearer sk-test',
        body: {
          model: 'qwen-plus',
          messages: [
            { role: 'system', content: '只根据资料回答。' },
            { role: 'user', content: '党的根本宗旨是什么？' },
          ],
          max_tokens: 300,
          temperature: 0.2,
          stream: false,
        },
      },
    ]);
  });

  it('sends no key when none is configured, and answers null for an empty choice', async () => {
    reply = { choices: [{ message: { content: '' } }] };
    expect(await openAiModel({ baseUrl, apiKey: undefined, model: 'local' }).generate(REQUEST)).toBeNull();
    expect(received[0]!.authorization).toBeUndefined();
  });

  it('throws on an error status, which the assistant turns into quoted passages', async () => {
    status = 429;
    reply = { error: { message: 'rate limited' } };
    await expect(openAiModel({ baseUrl, apiKey: 'k', model: 'm' }).generate(REQUEST)).rejects.toThrow(/429/);
  });

  it('needs a base URL and a model name', () => {
    expect(() => parseEnv({ MODEL_DRIVER: 'openai', MODEL_NAME: 'm' })).toThrow(/MODEL_BASE_URL/);
    expect(() => parseEnv({ MODEL_DRIVER: 'openai', MODEL_BASE_URL: baseUrl })).toThrow(/MODEL_NAME/);
  });
});
