import { rmSync } from 'node:fs';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';

/**
 * 保存草稿 on a published item keeps the edits beside the published revision: members go on reading,
 * listing and finding the published one until the edits are published; taking down hides both.
 */
const SECOND = 1000;
const MEMBER = DEMO.member; // 西苑社区党支部, under 社区党总支
const article = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-gb-com',
  kind: 'article',
  category: 'theory',
  title: '学习新修订的党章',
  summary: '逐条解读党章修订要点',
  body: '<p>原来的正文</p>',
  tags: ['党章'],
  estimatedMinutes: 1,
  ...overrides,
});

let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a member reads of the item: its detail, and whether a list and a keyword search show it. */
async function memberView(contentId: string, keyword: string) {
  const member = d.as(MEMBER);
  const detail = await member('study.get', { contentId });
  const listed = (await ok(member('study.list', { limit: 50 }))).items.find((c: any) => c.contentId === contentId);
  const found = (await ok(member('study.list', { keyword }))).items.some((c: any) => c.contentId === contentId);
  return { detail: detail.ok ? detail.data : detail.error.code, listedTitle: listed?.title ?? null, found };
}

test('a draft saved on a published article changes nothing members read until it is published', async () => {
  const admin = d.as(DEMO.orgAdmin);
  const { contentId } = await ok(admin('admin.contentSave', article()));
  await ok(admin('admin.contentPublish', { contentId }));
  const published = await ok(d.as(MEMBER)('study.get', { contentId }));
  d.clock.now += 60 * SECOND;

  await ok(admin('admin.contentSave', article({ contentId, title: '修订中的新标题', body: '<p>尚未发布的正文</p>' })));
  const during = await memberView(contentId, '修订中');
  expect(during.detail).toMatchObject({ title: '学习新修订的党章', body: '<p>原来的正文</p>' });
  expect(during.listedTitle).toBe('学习新修订的党章');
  expect(during.found).toBe(false);
  expect((await memberView(contentId, '党章')).found).toBe(true);

  // The editor gets the draft, marked as not yet published, and the list says so too.
  const editing = await ok(admin('admin.contentGet', { contentId }));
  expect(editing).toMatchObject({ title: '修订中的新标题', status: 'published', hasUnpublishedChanges: true });
  const rows = (await ok(admin('admin.contentList', { unitId: 'u-gb-com', limit: 50 }))).items;
  expect(rows.find((row: any) => row.contentId === contentId)).toMatchObject({
    title: '学习新修订的党章',
    hasUnpublishedChanges: true,
  });

  // 发布修改: members read the new revision; its publication date stays.
  const done = await ok(admin('admin.contentPublish', { contentId }));
  expect(done).toMatchObject({ title: '修订中的新标题', hasUnpublishedChanges: false });
  const after = await memberView(contentId, '修订中');
  expect(after.detail).toMatchObject({ title: '修订中的新标题', body: '<p>尚未发布的正文</p>' });
  expect(after.listedTitle).toBe('修订中的新标题');
  expect(after.found).toBe(true);
  expect(after.detail.publishAt).toBe(published.publishAt);
  const audit = await store.collection<any>('audit').find({ targetId: contentId }, { limit: 10 });
  expect(audit.map((entry) => entry.summary)).toEqual(
    expect.arrayContaining([expect.stringContaining('修改尚未发布'), expect.stringContaining('的修改')]),
  );
});

test('taking down an article with a draft hides it; publishing again brings out the draft', async () => {
  const admin = d.as(DEMO.orgAdmin);
  const { contentId } = await ok(admin('admin.contentSave', article({ title: '下架前的标题' })));
  await ok(admin('admin.contentPublish', { contentId }));
  d.clock.now += 60 * SECOND;
  await ok(admin('admin.contentSave', article({ contentId, title: '下架前的草稿标题' })));
  await ok(admin('admin.contentTakeDown', { contentId }));

  const hidden = await memberView(contentId, '下架前');
  expect(hidden).toEqual({ detail: 'NOT_FOUND', listedTitle: null, found: false });
  expect(await ok(admin('admin.contentGet', { contentId }))).toMatchObject({
    title: '下架前的草稿标题',
    status: 'taken_down',
    hasUnpublishedChanges: true,
  });

  d.clock.now += 60 * SECOND;
  await ok(admin('admin.contentPublish', { contentId }));
  expect((await memberView(contentId, '草稿标题')).detail).toMatchObject({ title: '下架前的草稿标题' });
});

test('an item members cannot read yet is edited in place', async () => {
  const admin = d.as(DEMO.orgAdmin);
  const { contentId } = await ok(admin('admin.contentSave', article({ title: '还是草稿的文章' })));
  d.clock.now += SECOND;
  await ok(admin('admin.contentSave', article({ contentId, title: '改过的草稿文章' })));
  expect(await ok(admin('admin.contentGet', { contentId }))).toMatchObject({
    title: '改过的草稿文章',
    status: 'draft',
    hasUnpublishedChanges: false,
  });
});
