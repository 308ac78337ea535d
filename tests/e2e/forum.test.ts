import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, demoMemberName, launchChromium, seen, settle, signedInPage, tapText } from '../support/browser';
import { seedDemoForum } from '../../scripts/seed/demo-forum';
import { seedDemoStudy } from '../../scripts/seed/demo-study';
import { DEMO, FIXED_NOW } from '../support/demo-store';
import { startTestHost, type TestHost } from '../support/http-host';
import { H5_DIST } from '../support/h5-dist';

/**
 * 交流园地 in Chromium: a member opens a topic @mentioning a branch neighbour, the neighbour sees it as new and
 * replies with a photo, the branch secretary pins the topic and hides the reply with a reason, and the neighbour
 * then sees only that it was hidden; once the secretary closes the topic, the reply bar says why it takes no
 * more replies.
 */
let host: TestHost;
let browser: Browser;
const contexts: BrowserContext[] = [];
let writer: Page;
let neighbour: Page;
let secretary: Page;
let neighbourName: string;
const TITLE = '周六社区清扫请大家报名';
const REPLY = '我报名参加，带两把扫帚';
const PHOTO_REPLY = '这是上次清扫后的照片';
/** A 1×1 PNG, as a phone's photo would be picked. */
const PHOTO = {
  name: '清扫照片.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
};
const BOARD = '/#/packages/forum/pages/board/index';

async function pageSignedInAs(name: string): Promise<Page> {
  const { page, context } = await signedInPage(browser, host.url, name);
  contexts.push(context);
  return page;
}

const tap = (page: Page, text: string) => tapText(page, text);
/** A text box by its placeholder: the native input or textarea inside the kit's wrapper. */
const box = (page: Page, placeholder: string) =>
  page
    .locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`)
    .filter({ visible: true })
    .first();
const topicRow = (page: Page) => page.getByTestId('forum-topic').filter({ visible: true, hasText: TITLE }).first();

beforeAll(async () => {
  host = await startTestHost({ STATIC_DIR: H5_DIST });
  // The study items and the demo board (whose first study item has two comments).
  await seedDemoStudy(host.store, FIXED_NOW);
  await seedDemoForum(host.store, FIXED_NOW);
  browser = await launchChromium();
  const { members } = (await host.call('auth.devMembers', {})).body.data as {
    members: Array<{ memberId: string; name: string; unitName: string; role: string }>;
  };
  // Two plain members of the secretary's branch, in roster order.
  const branch = members.find((m) => m.memberId === DEMO.eastBranchAdmin)!.unitName;
  const [first, second] = members.filter((m) => m.unitName === branch && m.role === 'member');
  const writerName = first!.name;
  neighbourName = second!.name;
  writer = await pageSignedInAs(writerName);
  neighbour = await pageSignedInAs(neighbourName);
  secretary = await pageSignedInAs(await demoMemberName(host, DEMO.eastBranchAdmin));
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await host?.close();
});

test('a member opens a topic and @mentions a branch neighbour', async () => {
  await writer.goto(`${host.url}${BOARD}`);
  await tap(writer, '发新话题');
  await box(writer, '一句话说清要交流什么').fill(TITLE);
  await box(writer, '说说您的想法、经验或问题').fill('本周六上午九点在东湖社区门口集合。');
  await tap(writer, '@ 选择党员');
  await tap(writer, neighbourName);
  await tap(writer, '确定（已选 1 人）');
  await writer
    .getByTestId('forum-mentions')
    .filter({ visible: true, hasText: `@${neighbourName}` })
    .waitFor();
  await settle(writer);
  await writer.screenshot({ path: artifactPath('forum-new-topic.png'), fullPage: true });
  await tap(writer, '发布话题');
  await seen(writer, '本周六上午九点在东湖社区门口集合。');
  await seen(writer, `@${neighbourName}`);
});

test('the neighbour sees it as new and replies', async () => {
  await neighbour.goto(`${host.url}${BOARD}`);
  await topicRow(neighbour).waitFor();
  await expect(topicRow(neighbour).innerText()).resolves.toContain('新话题');
  await topicRow(neighbour).click();
  await seen(neighbour, `@${neighbourName}`);
  await box(neighbour, '写回复…').fill(REPLY);
  await tap(neighbour, '发送');
  await neighbour.getByTestId('forum-post').filter({ visible: true, hasText: REPLY }).first().waitFor();
});

test('the neighbour replies with a photo, which shows in the thread', async () => {
  await neighbour.getByLabel('给回复加图片', { exact: true }).filter({ visible: true }).click({ force: true });
  const tray = neighbour.getByTestId('forum-reply-images').filter({ visible: true }).first();
  await tray.waitFor();
  const chooser = neighbour.waitForEvent('filechooser');
  await tray.getByText('添加图片', { exact: true }).click({ force: true });
  await (await chooser).setFiles(PHOTO);
  await neighbour.getByLabel('回复图片（已加 1 张）', { exact: true }).filter({ visible: true }).waitFor();
  await box(neighbour, '写回复…').fill(PHOTO_REPLY);
  await settle(neighbour);
  await neighbour.screenshot({ path: artifactPath('forum-reply-photo.png'), fullPage: true });
  await tap(neighbour, '发送');
  const post = neighbour.getByTestId('forum-post').filter({ visible: true, hasText: PHOTO_REPLY }).first();
  await post.waitFor();
  const image = post.getByTestId('forum-post-image').locator('img');
  // The reply's text can be in place a moment before Taro's image element has drawn its <img>: wait for it first.
  await image.first().waitFor({ state: 'attached' });
  await expect(image.count()).resolves.toBe(1);
  // The photo is served back, not a broken image.
  await neighbour.waitForFunction((img) => (img as HTMLImageElement).naturalWidth > 0, await image.elementHandle());
  // Sending clears the tray for the next reply.
  await neighbour.getByLabel('给回复加图片', { exact: true }).filter({ visible: true }).waitFor();
});

test('the secretary pins the topic and hides the reply with a reason; members see only that it was hidden', async () => {
  await secretary.goto(`${host.url}${BOARD}`);
  await topicRow(secretary).click();
  await seen(secretary, REPLY);
  await tap(secretary, '管理');
  await tap(secretary, '置顶');
  await secretary.getByTestId('forum-post').filter({ visible: true }).first().waitFor();
  await secretary.getByText('置顶', { exact: true }).filter({ visible: true }).first().waitFor();

  const reply = secretary.getByTestId('forum-post').filter({ visible: true, hasText: REPLY }).first();
  // The 已置顶 toast lies over the reply for a moment.
  await secretary.getByText('已置顶', { exact: true }).filter({ visible: true }).first().waitFor({ state: 'hidden' });
  await reply.getByText('隐藏', { exact: true }).click({ force: true });
  await box(secretary, '请写明隐藏原因（至少 2 个字）').fill('与报名无关的内容');
  await tap(secretary, '确认隐藏');
  await seen(secretary, '已对党员隐藏，原因：与报名无关的内容');
  await settle(secretary);
  await secretary.screenshot({ path: artifactPath('forum-topic-secretary.png'), fullPage: true });

  await neighbour.reload();
  await seen(neighbour, '该内容已被管理员隐藏');
  await expect(neighbour.getByText(REPLY).filter({ visible: true }).count()).resolves.toBe(0);
  await neighbour.goto(`${host.url}${BOARD}`);
  await expect(topicRow(neighbour).innerText()).resolves.toContain('置顶');
});

test('once the secretary closes the topic, the reply bar says it takes no more replies', async () => {
  await tap(secretary, '管理');
  await tap(secretary, '关闭话题（不再接受回复）');
  await seen(secretary, '该话题已关闭，不能回复');
  await neighbour.goto(`${host.url}${BOARD}`);
  await topicRow(neighbour).click();
  await seen(neighbour, '该话题已关闭，不能回复');
  await expect(box(neighbour, '写回复…').count()).resolves.toBe(0);
  await settle(neighbour);
  await neighbour.screenshot({ path: artifactPath('forum-topic-closed.png'), fullPage: true });
});

test('under a study item a member reads the comments and adds one', async () => {
  await writer.goto(`${host.url}/#/packages/study/pages/detail/index?contentId=c-demo-1`);
  const section = writer.getByTestId('comments-section').filter({ visible: true }).first();
  await section.waitFor();
  await section.getByText('讲得很透彻，八项义务要经常对照。').waitFor();
  await box(writer, '写下您的学习体会或看法').fill('八项义务要落实到日常工作中');
  await tap(writer, '发表');
  await section.getByTestId('comment').filter({ hasText: '八项义务要落实到日常工作中' }).first().waitFor();
  await settle(writer);
  await writer.screenshot({ path: artifactPath('forum-study-comments.png'), fullPage: true });
});
