import { localContentSafety } from '../../cloudfunctions/platform/content-safety';
import type { localFiles } from '../../cloudfunctions/platform/files';
import type { DocStore } from '../../cloudfunctions/store/types';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * A refused image does not stay in storage: one the image check refuses on upload is deleted at once, and one
 * WeChat later finds risky is taken out of the posts showing it and deleted. Deleting again is harmless, and a
 * storage failure is logged without failing the call.
 */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
type LocalFiles = ReturnType<typeof localFiles>;

describe.each(['embedded', 'postgres'] as const)('refused images on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let writer: string;
  let files: LocalFiles;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    files = d.services.platform.files as LocalFiles;
    const [member] = await store
      .collection<any>('members')
      .find({ unitId: 'u-b-east', role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 1 });
    writer = member._id;
  }, 120_000);
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  /** Uploads an image the check refuses; returns the refusal and the id the file was stored under. */
  async function refusedUpload() {
    jest.spyOn(localContentSafety, 'checkImage').mockResolvedValueOnce({ verdict: 'risky', traceId: null });
    const put = jest.spyOn(files, 'put');
    const result = await d.as(writer)('forum.upload', { name: '不当图片.png', content: TINY_PNG });
    return { result, fileId: await put.mock.results[0]!.value };
  }

  test('an image refused on upload is deleted from storage and no upload is recorded', async () => {
    const { result, fileId } = await refusedUpload();
    expect(result.error).toMatchObject({ code: 'CONTENT_REJECTED', message: '图片未通过安全检测，请换一张。' });
    expect(await files.read(fileId)).toBeNull();
    expect(await store.collection<any>('forum_uploads').get(fileId)).toBeNull();
  });

  test('a storage failure on that delete is logged and the member still hears why the image was refused', async () => {
    jest.spyOn(files, 'delete').mockRejectedValueOnce(new Error('storage unavailable'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const { result, fileId } = await refusedUpload();
    expect(result.error.code).toBe('CONTENT_REJECTED');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(warn.mock.calls[0]![0]))).toMatchObject({
      event: 'forum.imageDeleteFailed',
      fileIds: [fileId],
      error: expect.stringContaining('storage unavailable'),
    });
  });

  test('an image WeChat later finds risky leaves the posts showing it and storage, once', async () => {
    const risky = await ok(d.as(writer)('forum.upload', { name: '合影.png', content: TINY_PNG }));
    const kept = await ok(d.as(writer)('forum.upload', { name: '会场.png', content: TINY_PNG }));
    await store.collection<any>('forum_uploads').updateWhere({ _id: risky.fileId }, { $set: { traceId: 'trace-del' } });
    const topic = await ok(
      d.as(writer)('forum.topicCreate', {
        title: '活动照片',
        text: '请看',
        imageFileIds: [risky.fileId, kept.fileId],
      }),
    );
    // A reply the secretary had already hidden for another reason loses the image too.
    const reply = await ok(
      d.as(writer)('forum.reply', { topicId: topic.topicId, text: '再发', imageFileIds: [risky.fileId] }),
    );
    await store
      .collection<any>('forum_posts')
      .updateWhere({ _id: reply.postId }, { $set: { hidden: true, hiddenReason: '跑题' } });

    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'trace-del', suggest: 'risky' }))).toEqual({
      hidden: 1,
    });
    expect(await files.read(risky.fileId)).toBeNull();
    expect((await files.read(kept.fileId))?.content).toEqual(Buffer.from(TINY_PNG, 'base64'));
    expect((await store.collection<any>('forum_topics').get(topic.topicId)).imageFileIds).toEqual([kept.fileId]);
    expect(await store.collection<any>('forum_posts').get(reply.postId)).toMatchObject({
      imageFileIds: [],
      hiddenReason: '跑题',
    });

    // WeChat may push the verdict again: nothing more is hidden and the delete is harmless.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'trace-del', suggest: 'risky' }))).toEqual({
      hidden: 0,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  test('a storage failure on the later delete is logged and the posts are hidden all the same', async () => {
    const image = await ok(d.as(writer)('forum.upload', { name: '合影.png', content: TINY_PNG }));
    await store
      .collection<any>('forum_uploads')
      .updateWhere({ _id: image.fileId }, { $set: { traceId: 'trace-fail' } });
    const topic = await ok(
      d.as(writer)('forum.topicCreate', { title: '照片', text: '请看', imageFileIds: [image.fileId] }),
    );
    jest.spyOn(files, 'delete').mockRejectedValueOnce(new Error('storage unavailable'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await ok(d.system('system.mediaCheckResult', { traceId: 'trace-fail', suggest: 'risky' }))).toEqual({
      hidden: 1,
    });
    expect((await store.collection<any>('forum_topics').get(topic.topicId)).hidden).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
