import type { DocStore } from '../../cloudfunctions/store/types';
import { newWorkbook } from '../../cloudfunctions/modules/shared/heavy-libraries';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * 通知公告 through the real dispatcher on both stores: who sees a notice, the order of the list, read receipts
 * counted once however many opens race, must-read confirmation, statistics against the receipts themselves,
 * reminder rounds that never reach a member twice, the XLSX export, edits, expiry and the audit log.
 */
const HOUR = 3_600_000;
const EAST_ADMIN: string = DEMO.eastBranchAdmin;
const WEST_ADMIN = 'm-007';

const notice = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'u-b-east',
  audience: { kind: 'subtree' },
  title: '关于开展主题党日活动的通知',
  body: '<p>请全体党员周五下午到党员活动室参加主题党日。</p>',
  ...overrides,
});

async function membersOf(store: DocStore, unitId: string): Promise<string[]> {
  const found = await store
    .collection<any>('members')
    .find({ unitId, role: 'member', status: 'normal' }, { sort: [['_id', 1]], limit: 100 });
  return found.map((member) => member._id);
}

describe.each(['embedded', 'postgres'] as const)('notices on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;
  let east: string[];
  let west: string[];
  let eastAudience: number;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    east = await membersOf(store, 'u-b-east');
    west = await membersOf(store, 'u-b-west');
    eastAudience = await store
      .collection<any>('members')
      .count({ unitPath: 'u-b-east', status: { $nin: ['suspended', 'transferred'] } });
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });
  beforeEach(() => {
    d.clock.now += HOUR;
  });

  const publish = (input: Record<string, unknown> = {}, admin = EAST_ADMIN) =>
    ok(d.as(admin)('admin.noticePublish', notice(input))).then((r: { noticeId: string }) => r.noticeId);
  const listOf = (memberId: string) => ok(d.as(memberId)('notice.list', {}));
  const receiptsOf = (noticeId: string, filter = 'all') =>
    ok(d.as(EAST_ADMIN)('admin.noticeReceipts', { noticeId, filter, limit: 100 }));

  test('the subtree sees it; another branch neither lists nor opens it; an admin cannot publish outside', async () => {
    const noticeId = await publish();
    expect((await listOf(east[0]!)).items.map((item: any) => item.noticeId)).toContain(noticeId);
    expect((await listOf(west[0]!)).items.map((item: any) => item.noticeId)).not.toContain(noticeId);
    const refused = await d.as(west[0]!)('notice.detail', { noticeId });
    expect(refused.ok ? 'allow' : refused.error.code).toBe('FORBIDDEN');
    const outside = await d.as(EAST_ADMIN)('admin.noticePublish', notice({ unitId: 'u-b-west' }));
    expect(outside.ok ? 'allow' : outside.error.code).toBe('OUT_OF_SCOPE');
    const westReceipts = await d.as(WEST_ADMIN)('admin.noticeReceipts', { noticeId });
    expect(westReceipts.ok ? 'allow' : westReceipts.error.code).toBe('OUT_OF_SCOPE');
    expect((await receiptsOf(noticeId)).notice.audienceCount).toBe(eastAudience);
  });

  test('named members only: the others of the branch never see it', async () => {
    const noticeId = await publish({ audience: { kind: 'members', memberIds: [east[0], east[1]] } });
    expect((await listOf(east[1]!)).items.map((item: any) => item.noticeId)).toContain(noticeId);
    expect((await listOf(east[2]!)).items.map((item: any) => item.noticeId)).not.toContain(noticeId);
    const refused = await d.as(east[2]!)('notice.detail', { noticeId });
    expect(refused.ok ? 'allow' : refused.error.code).toBe('FORBIDDEN');
    expect((await receiptsOf(noticeId)).notice.audienceCount).toBe(2);
  });

  test('bad input changes nothing: units or members outside the unit, a past deadline, an empty body', async () => {
    const before = await store.collection<any>('bulletins').count({});
    const receiptsBefore = await store.collection<any>('bulletin_receipts').count({});
    const auditBefore = await store.collection<any>('audit').count({ action: 'notice.publish' });
    for (const input of [
      { audience: { kind: 'units', unitIds: ['u-b-west'] } },
      { audience: { kind: 'members', memberIds: [west[0]] } },
      { mustRead: true, deadline: d.clock.now - HOUR },
      { deadline: d.clock.now + HOUR },
      { body: '<script>alert(1)</script>' },
      { title: '' },
    ]) {
      const result = await d.as(EAST_ADMIN)('admin.noticePublish', notice(input));
      expect(result.ok ? 'allow' : result.error.code).toBe('VALIDATION_FAILED');
      expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await store.collection<any>('bulletins').count({})).toBe(before);
    expect(await store.collection<any>('bulletin_receipts').count({})).toBe(receiptsBefore);
    expect(await store.collection<any>('audit').count({ action: 'notice.publish' })).toBe(auditBefore);
  });

  test('the list: unread first, pinned first among them, newest first; read ones after', async () => {
    const member = east[3]!;
    const older = await publish({ title: '较早的通知' });
    d.clock.now += 60_000;
    const pinned = await publish({ title: '置顶的通知', pinned: true });
    d.clock.now += 60_000;
    const newest = await publish({ title: '最新的通知' });
    await ok(d.as(member)('notice.detail', { noticeId: newest }));
    const { items, unread } = await listOf(member);
    const mine = items.map((item: any) => item.noticeId).filter((id: string) => [older, pinned, newest].includes(id));
    expect(mine).toEqual([pinned, older, newest]);
    expect(items.find((item: any) => item.noticeId === newest).read).toBe(true);
    expect(unread).toBe(items.filter((item: any) => !item.read).length);
  });

  test('opening five times at once records one receipt, and the home counts it once', async () => {
    const member = east[4]!;
    const homeBefore = await ok(d.as(member)('me.home'));
    const noticeId = await publish();
    const homeAfter = await ok(d.as(member)('me.home'));
    expect(homeAfter.bulletins.unread).toBe(homeBefore.bulletins.unread + 1);
    const opens = await Promise.all([0, 1, 2, 3, 4].map(() => d.as(member)('notice.detail', { noticeId })));
    expect(opens.every((open) => open.ok && open.data.read)).toBe(true);
    const receipts = await store.collection<any>('bulletin_receipts').find({ bulletinId: noticeId, memberId: member });
    expect(receipts).toHaveLength(1);
    expect(receipts[0].readAt).not.toBeNull();
    expect((await receiptsOf(noticeId)).notice.readCount).toBe(1);
    expect((await ok(d.as(member)('me.home'))).bulletins.unread).toBe(homeBefore.bulletins.unread);
  });

  test('a must-read notice is confirmed once; a plain one needs no confirmation', async () => {
    const member = east[5]!;
    const mustRead = await publish({ mustRead: true, deadline: d.clock.now + 48 * HOUR });
    const homeBefore = await ok(d.as(member)('me.home'));
    expect(homeBefore.bulletins.mustRead).toBeGreaterThan(0);
    const first = await ok(d.as(member)('notice.confirm', { noticeId: mustRead }));
    expect(first).toMatchObject({ read: true, confirmed: true, mustRead: true });
    await ok(d.as(member)('notice.confirm', { noticeId: mustRead }));
    const stats = await receiptsOf(mustRead);
    expect(stats.notice).toMatchObject({ readCount: 1, confirmedCount: 1 });
    expect((await ok(d.as(member)('me.home'))).bulletins.mustRead).toBe(homeBefore.bulletins.mustRead - 1);
    const plain = await publish();
    const refused = await d.as(member)('notice.confirm', { noticeId: plain });
    expect(refused.ok ? 'allow' : refused.error.code).toBe('VALIDATION_FAILED');
  });

  test('the home shows the newest unconfirmed must-read notice as a to-do, edits included, until it is confirmed', async () => {
    const member = east[7]!;
    const deadline = d.clock.now + 72 * HOUR;
    const noticeId = await publish({ title: '关于换届选举的通知', mustRead: true, deadline });
    expect((await ok(d.as(member)('me.home'))).today.mustRead).toEqual({
      noticeId,
      title: '关于换届选举的通知',
      deadline,
    });
    await ok(
      d.as(EAST_ADMIN)('admin.noticeEdit', {
        noticeId,
        title: '关于支部换届选举的通知',
        body: notice().body,
        mustRead: true,
        deadline,
      }),
    );
    expect((await ok(d.as(member)('me.home'))).today.mustRead).toMatchObject({
      noticeId,
      title: '关于支部换届选举的通知',
    });
    // A receipt written before receipts carried the title still shows it, read from the notice.
    await store
      .collection<any>('bulletin_receipts')
      .updateWhere({ bulletinId: noticeId, memberId: member }, { $unset: { title: true, deadline: true } });
    expect((await ok(d.as(member)('me.home'))).today.mustRead).toEqual({
      noticeId,
      title: '关于支部换届选举的通知',
      deadline,
    });
    // Confirming every must-read notice leaves no to-do.
    for (const item of (await listOf(member)).items.filter((i: any) => i.mustRead && !i.confirmed))
      await ok(d.as(member)('notice.confirm', { noticeId: item.noticeId }));
    expect((await ok(d.as(member)('me.home'))).today.mustRead).toBeNull();
  });

  test('the statistics per unit and per member equal the receipts counted directly', async () => {
    const noticeId = await publish({ unitId: 'u-gb-com', mustRead: true }, DEMO.orgAdmin);
    const readers = [...east.slice(0, 3), ...west.slice(0, 2)];
    for (const member of readers) await ok(d.as(member)('notice.detail', { noticeId }));
    await ok(d.as(east[0]!)('notice.confirm', { noticeId }));
    const stats = await ok(d.as(DEMO.orgAdmin)('admin.noticeReceipts', { noticeId, limit: 100 }));
    const receipts = store.collection<any>('bulletin_receipts');
    for (const unit of stats.units) {
      expect(unit.audience).toBe(await receipts.count({ bulletinId: noticeId, unitId: unit.unitId }));
      expect(unit.read).toBe(await receipts.count({ bulletinId: noticeId, unitId: unit.unitId, readFlag: 1 }));
      expect(unit.confirmed).toBe(
        await receipts.count({ bulletinId: noticeId, unitId: unit.unitId, confirmedAt: { $ne: null } }),
      );
    }
    expect(stats.units.find((unit: any) => unit.unitId === 'u-b-east')).toMatchObject({ read: 3, confirmed: 1 });
    expect(stats.notice).toMatchObject({ readCount: readers.length, confirmedCount: 1 });
    const unread = await ok(d.as(DEMO.orgAdmin)('admin.noticeReceipts', { noticeId, filter: 'unread', limit: 5 }));
    expect(unread.total).toBe(stats.notice.audienceCount - readers.length);
    expect(unread.members.every((member: any) => member.readAt === null)).toBe(true);
    const confirmed = await ok(d.as(DEMO.orgAdmin)('admin.noticeReceipts', { noticeId, filter: 'confirmed' }));
    expect(confirmed.members.map((member: any) => member.memberId)).toEqual([east[0]]);
  });

  test('a reminder round reaches each unread member once, however many clicks race; a stale round is refused', async () => {
    const noticeId = await publish({ audience: { kind: 'members', memberIds: east.slice(0, 4) } });
    await ok(d.as(east[0]!)('notice.detail', { noticeId }));
    const inbox = store.collection<any>('notices');
    const inboxBefore = await inbox.count({ memberId: { $in: east.slice(0, 4) } });
    const { nextRound } = await receiptsOf(noticeId);
    expect(nextRound).toBe(1);
    const clicks = await Promise.all(
      [0, 1, 2].map(() => d.as(EAST_ADMIN)('admin.noticeRemind', { noticeId, round: 1 })),
    );
    expect(clicks.every((click) => click.ok)).toBe(true);
    expect(clicks.reduce((sum, click) => sum + click.data.sent, 0)).toBe(3);
    expect(await inbox.count({ memberId: { $in: east.slice(0, 4) } })).toBe(inboxBefore + 3);
    const again = await ok(d.as(EAST_ADMIN)('admin.noticeRemind', { noticeId, round: 1 }));
    expect(again.sent).toBe(0);
    const stale = await d.as(EAST_ADMIN)('admin.noticeRemind', { noticeId, round: 3 });
    expect(stale.ok ? 'allow' : stale.error.code).toBe('CONFLICT');
    await ok(d.as(east[1]!)('notice.detail', { noticeId }));
    const second = await ok(d.as(EAST_ADMIN)('admin.noticeRemind', { noticeId, round: 2 }));
    expect(second).toEqual({ round: 2, sent: 2 });
    expect((await receiptsOf(noticeId)).nextRound).toBe(3);
    expect(await store.collection<any>('audit').count({ action: 'notice.remind', targetId: noticeId })).toBe(5);
  });

  test('the export holds one row per addressee with their state', async () => {
    const noticeId = await publish({ audience: { kind: 'members', memberIds: east.slice(0, 3) }, mustRead: true });
    await ok(d.as(east[0]!)('notice.confirm', { noticeId }));
    await ok(d.as(east[1]!)('notice.detail', { noticeId }));
    const file = await ok(d.as(EAST_ADMIN)('admin.noticeExport', { noticeId }));
    expect(file.fileName).toMatch(/阅读回执.*\.xlsx$/);
    const workbook = await newWorkbook();
    await workbook.xlsx.load(Buffer.from(file.file, 'base64') as never);
    const sheet = workbook.getWorksheet('阅读回执')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(4);
    expect(rows[0]!.slice(1, 4)).toEqual(['姓名', '所在单位', '阅读状态']);
    expect(
      rows
        .slice(1)
        .map((row) => row[3])
        .sort(),
    ).toEqual(['已确认', '已读', '未读'].sort());
    expect(await store.collection<any>('audit').count({ action: 'notice.export', targetId: noticeId })).toBe(1);
  });

  test('title and body pass content safety on publish and on edit, the error naming the field', async () => {
    const before = await store.collection<any>('bulletins').count({});
    const title = await d.as(EAST_ADMIN)('admin.noticePublish', notice({ title: '关于禁止赌博的通知' }));
    expect(title).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { title: expect.any(String) } },
    });
    expect(title.error.message).toContain('标题含有不适宜的词语');
    const body = await d.as(EAST_ADMIN)('admin.noticePublish', notice({ body: '<p>远离<strong>毒品</strong></p>' }));
    expect(body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { body: expect.any(String) } },
    });
    expect(await store.collection<any>('bulletins').count({})).toBe(before);

    const noticeId = await publish();
    const edit = await d.as(EAST_ADMIN)('admin.noticeEdit', { noticeId, title: '通知', body: '<p>代开发票</p>' });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { body: expect.any(String) } },
    });
    const stored = await store.collection<any>('bulletins').get(noticeId);
    expect(stored).toMatchObject({ title: notice().title, body: notice().body, editedAt: null });
  });

  test('an edit is marked 已编辑 and audited with what changed; pinning and withdrawing too', async () => {
    const member = east[6]!;
    const noticeId = await publish();
    await ok(
      d.as(EAST_ADMIN)('admin.noticeEdit', {
        noticeId,
        title: '关于调整主题党日时间的通知',
        body: '<p>改为周六上午。</p>',
      }),
    );
    const detail = await ok(d.as(member)('notice.detail', { noticeId }));
    expect(detail).toMatchObject({ edited: true, title: '关于调整主题党日时间的通知', body: '<p>改为周六上午。</p>' });
    expect(detail.editedAt).toBe(d.clock.now);
    const [edit] = await store.collection<any>('audit').find({ action: 'notice.edit', targetId: noticeId });
    expect(edit.changes.map((change: any) => change.field)).toEqual(['title', 'body']);
    await ok(d.as(EAST_ADMIN)('admin.noticePin', { noticeId, pinned: true }));
    expect((await listOf(member)).items.find((item: any) => item.noticeId === noticeId).pinned).toBe(true);
    await ok(d.as(EAST_ADMIN)('admin.noticeUnpublish', { noticeId }));
    expect((await listOf(member)).items.map((item: any) => item.noticeId)).not.toContain(noticeId);
    const gone = await d.as(member)('notice.detail', { noticeId });
    expect(gone.ok ? 'allow' : gone.error.code).toBe('NOT_FOUND');
    for (const action of ['notice.publish', 'notice.pin', 'notice.unpublish'])
      expect(await store.collection<any>('audit').count({ action, targetId: noticeId })).toBe(1);
  });

  test('an expired notice leaves the list', async () => {
    const member = east[7]!;
    const noticeId = await publish({ expiresAt: d.clock.now + HOUR });
    expect((await listOf(member)).items.map((item: any) => item.noticeId)).toContain(noticeId);
    d.clock.now += 2 * HOUR;
    expect((await listOf(member)).items.map((item: any) => item.noticeId)).not.toContain(noticeId);
    const admin = await ok(d.as(EAST_ADMIN)('admin.noticeList', { unitId: 'u-b-east' }));
    expect(admin.items.map((item: any) => item.noticeId)).toContain(noticeId);
  });
});
