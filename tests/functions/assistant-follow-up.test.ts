import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openAiModel } from '../../cloudfunctions/platform/models-openai';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoAssistant } from '../../scripts/seed/demo-assistant';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/** Follow-up questions in one conversation: retrieval reads them with what they follow; a model sees the earlier turns. */
const MEMBER = DEMO.member;
const OTHER = 'm-013';
const citedItems = (turn: { citations: Array<{ contentId: string }> }) => turn.citations.map((c) => c.contentId);

describe.each(['embedded', 'postgres'] as const)('follow-up questions on %s', (driver) => {
  let store: DocStore;
  let close: () => Promise<void>;
  let d: Dispatcher;
  const ask = (memberId: string, question: string, conversationId?: string) =>
    ok(d.as(memberId)('assistant.ask', { question, ...(conversationId ? { conversationId } : {}) }));

  beforeAll(async () => {
    ({ store, close } = await seededStore(driver));
    await seedDemoStudy(store, FIXED_NOW);
    await seedDemoAssistant(store, FIXED_NOW);
    d = await dispatcherFor(store);
  });
  afterAll(async () => {
    await d.close();
    await close();
  });

  it('searches a follow-up that points back with the question it follows, and one that stands alone by itself', async () => {
    const first = await ask(MEMBER, '留党察看最长多久');
    expect(citedItems(first.turn)).toEqual(['c-lib-7']);
    expect((await ask(MEMBER, '那期间有什么限制呢？')).turn.kind).toBe('noAnswer');
    const followUp = await ask(MEMBER, '那期间有什么限制呢？', first.conversationId);
    expect(followUp.turn.kind).toBe('quoted');
    expect(followUp.turn.citations[0]).toMatchObject({ contentId: 'c-lib-7', heading: '留党察看' });
    expect(followUp.turn.answer).toContain('没有表决权');

    const dues = await ask(MEMBER, '退休党员党费按什么比例交纳');
    const students = await ask(MEMBER, '那学生党员呢？', dues.conversationId);
    expect(students.turn.citations.map((c: { heading: string }) => c.heading)).toContain('其他党员');
    expect(students.turn.citations.map((c: { heading: string }) => c.heading)).not.toContain('离退休党员');
  });

  it('does not borrow from a conversation whose earlier questions found nothing', async () => {
    const nothing = await ask(MEMBER, '量子计算机的工作原理是什么');
    expect((await ask(MEMBER, '那期间有什么限制呢？', nothing.conversationId)).turn.kind).toBe('noAnswer');
  });

  describe('with an OpenAI-compatible endpoint', () => {
    let server: Server;
    const received: Array<{ messages: Array<{ role: string; content: string }> }> = [];
    const bodyOf = (request: IncomingMessage) =>
      new Promise<string>((resolve) => {
        let text = '';
        request.on('data', (chunk) => (text += chunk));
        request.on('end', () => resolve(text));
      });

    beforeAll(async () => {
      server = createServer(async (request, response) => {
        received.push(JSON.parse(await bodyOf(request)));
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ choices: [{ message: { content: `${'根据资料'.repeat(80)}[1]。` } }] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      d.services.platform.models = openAiModel({ baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'k', model: 'm' });
    });
    afterAll(async () => {
      d.services.platform.models = { kind: 'local', generate: async () => null };
      await new Promise((resolve) => server.close(resolve));
    });

    it('receives the last three exchanges, answers trimmed, before the new question and its passages', async () => {
      const questions = ['党员有哪些权利', '党的根本宗旨是什么', '主题党日怎么开', '留党察看最长多久'];
      let conversationId: string | undefined;
      for (const question of questions) conversationId = (await ask(OTHER, question, conversationId)).conversationId;
      const followUp = await ask(OTHER, '那期间有什么限制呢？', conversationId);
      expect(followUp.turn).toMatchObject({ kind: 'generated', citations: [{ contentId: 'c-lib-7' }] });

      const messages = received.at(-1)!.messages;
      expect(messages.map((message) => message.role)).toEqual([
        'system',
        ...['user', 'assistant', 'user', 'assistant', 'user', 'assistant'],
        'user',
      ]);
      expect(messages.filter((m) => m.role === 'user').map((m) => m.content.split('\n')[0])).toEqual([
        '党的根本宗旨是什么',
        '主题党日怎么开',
        '留党察看最长多久',
        '学习资料：',
      ]);
      for (const answer of messages.filter((m) => m.role === 'assistant'))
        expect([...answer.content].length).toBeLessThanOrEqual(202);
      expect(messages.at(-1)!.content).toContain('问题：那期间有什么限制呢？');
      expect(messages.at(-1)!.content).toContain('没有表决权');
      // A new conversation starts without them.
      await ask(OTHER, '留党察看最长多久');
      expect(received.at(-1)!.messages.map((message) => message.role)).toEqual(['system', 'user']);
    });
  });
});
