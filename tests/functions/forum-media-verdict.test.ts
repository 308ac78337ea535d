import { mediaCheckToCall } from '../../cloudfunctions/functions/media-check-notice';
import type { DocStore } from '../../cloudfunctions/store/types';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * WeChat's later verdict on a posted image: a risky one hides the topic and the reply that show it, once, audited;
 * a pass changes nothing shown; an unknown trace id changes nothing at all.
 */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

test('only the jobs function reads a media-check push, and only its trace id and suggestion', () => {
  const push = {
    MsgType: 'event',
    Event: 'wxa_media_check',
    trace_id: 't-1',
    result: { suggest: 'risky', label: 20002 },
  };
  expect(mediaCheckToCall('jobs', push)).toEqual({
    route: 'system.mediaCheckResult',
    input: { traceId: 't-1', suggest: 'risky' },
  });
  expect(mediaCheckToCall('api', push)).toBeNull();
  expect(mediaCheckToCall('jobs', { ...push, route: 'system.setup' })).toBeNull();
  expect(mediaCheckToCall('jobs', { ...push, result: { suggest: 'delete-everything' } })).toMatchObject({
    input: { suggest: 'review' },
  });
});

describe.each(['embedded', 'postgres'] as const)('a risky image on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let writer: string;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    const [member] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 1 });
    writer = member._id;
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  test('hides every post showing it once, audited; a pass or an unknown trace id hides nothing', async () => {
    const image = await ok(d.as(writer)('forum.upload', { name: '合影.png', content: TINY_PNG }));
    // The local adapter has no asynchronous check; the upload is given the trace id WeChat would have answered.
    await store.collection<any>('forum_uploads').updateWhere({ _id: image.fileId }, { $set: { traceId: 'trace-1' } });
    const posted = await ok(
      d.as(writer)('forum.topicCreate', { title: '活动照片', text: '请大家看看', imageFileIds: [image.fileId] }),
    );
    await ok(d.as(writer)('forum.reply', { topicId: posted.topicId, text: '再发一次', imageFileIds: [image.fileId] }));
    const auditBefore = await store.collection<any>('audit').count({ action: 'forum.hide' });

    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'unknown', suggest: 'risky' }))).toEqual({
      hidden: 0,
    });
    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'trace-1', suggest: 'pass' }))).toEqual({
      hidden: 0,
    });
    expect((await store.collection<any>('forum_topics').get(posted.topicId)).hidden).toBe(false);

    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'trace-1', suggest: 'risky' }))).toEqual({
      hidden: 2,
    });
    // WeChat may push the same verdict again: nothing more is hidden or audited.
    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'trace-1', suggest: 'risky' }))).toEqual({
      hidden: 0,
    });
    expect((await store.collection<any>('forum_topics').get(posted.topicId)).hidden).toBe(true);
    expect(await store.collection<any>('forum_posts').count({ topicId: posted.topicId, hidden: true })).toBe(1);
    expect(await store.collection<any>('audit').count({ action: 'forum.hide' })).toBe(auditBefore + 2);
    expect((await store.collection<any>('forum_uploads').get(image.fileId)).verdict).toBe('risky');

    const shown = await ok(d.as(writer)('forum.topic', { topicId: posted.topicId }));
    expect(JSON.stringify(shown)).not.toContain(image.fileId);
  });

  test('a member cannot send a verdict', async () => {
    const result = await d.as(writer)('system.mediaCheckResult', { traceId: 'trace-1', suggest: 'risky' });
    expect(result.ok).toBe(false);
  });
});
