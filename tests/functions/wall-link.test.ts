import { dispatch } from '../../cloudfunctions/router/dispatch';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO } from '../support/demo-store';
import { dispatcherFor, type Dispatcher, ok } from '../support/dispatcher';
import { seededStore } from '../support/seeded-store';

/**
 * The meeting room's 大屏 link: an admin issues it for a unit in their subtree (audited), anyone holding it reads
 * that unit's aggregate figures without a session, and it stops working when it expires, is revoked or is
 * tampered with. Bad input changes nothing.
 */
const HOUR = 3_600_000;
const EAST_ADMIN: string = DEMO.eastBranchAdmin;
const EAST = 'u-b-east';
const WEST = 'u-b-west';
const INVALID = '链接已失效，请联系管理员重新生成';

describe.each(['embedded', 'postgres'] as const)('大屏 links on %s', (driver) => {
  let store: DocStore;
  let cleanup: () => Promise<void>;
  let d: Dispatcher;

  beforeAll(async () => {
    ({ store, close: cleanup } = await seededStore(driver));
    d = await dispatcherFor(store);
    await ok(d.system('system.reconcileAggregates'));
  }, 120_000);
  afterAll(async () => {
    await d.close();
    await cleanup();
  });

  /** A call with no session at all, as a meeting room's browser makes it. */
  const view = (token: string) =>
    dispatch('http', { route: 'wall.view', input: { token } }, { kind: 'anonymous' }, d.services);
  const issue = (unitId = EAST, hours = 12, admin = EAST_ADMIN) =>
    d.as(admin)('admin.wallLinkIssue', { unitId, hours });
  const refusal = (result: any) => (result.ok ? 'allow' : `${result.error.code}: ${result.error.message}`);
  const auditOf = (action: string) => store.collection<any>('audit').find({ action }, { limit: 100 });

  test('an admin issues a link; without signing in it shows the unit’s figures as the console does, and is audited', async () => {
    const link = await ok(issue(EAST, 2));
    expect(link.expiresAt).toBe(d.clock.now + 2 * HOUR);
    const shown = await ok(view(link.token));
    expect(shown.unitName).toBe('东湖社区党支部');
    expect(shown.expiresAt).toBe(link.expiresAt);
    const anchor = new Date(d.clock.now + 8 * HOUR).toISOString().slice(0, 10);
    const console = await ok(d.as(EAST_ADMIN)('admin.dashboard', { unitId: EAST, period: 'quarter', anchor }));
    expect(shown.composition.members).toBe(console.composition.members);
    expect(shown.composition.members).toBeGreaterThan(0);
    expect(shown.totals).toEqual(console.totals);
    expect(shown.weeks).toEqual(console.weeks);
    expect(shown.meetingMatrix).toEqual(console.meetingMatrix);
    const issued = (await auditOf('wall.linkIssue')).find((entry) => entry.targetId === link.linkId);
    expect(issued).toMatchObject({ actorId: EAST_ADMIN, unitPath: expect.arrayContaining([EAST]) });
    expect((await ok(d.as(EAST_ADMIN)('admin.wallLinks', { unitId: EAST }))).items[0]).toEqual(link);
  });

  test('a session left behind in the browser, ended or forged, does not stand in the way of the link', async () => {
    const link = await ok(issue(EAST));
    expect((await ok(d.withToken('forged.session')('wall.view', { token: link.token }))).unitName).toBe(
      '东湖社区党支部',
    );
    const ended = await d.sessionToken(DEMO.member);
    await ok(d.as(DEMO.member)('auth.signOut', {}));
    expect((await d.withToken(ended)('wall.view', { token: link.token })).ok).toBe(true);
  });

  test('no person is named on the 大屏: no member name, no pending work', async () => {
    const shown = await ok(view((await ok(issue(EAST))).token));
    const text = JSON.stringify(shown);
    const members = await store.collection<any>('members').find({ unitPath: EAST }, { limit: 100 });
    expect(members.length).toBeGreaterThan(3);
    for (const member of members) expect(text).not.toContain(member.name);
    expect(Object.keys(shown).sort()).toEqual(
      [
        'composition',
        'expiresAt',
        'from',
        'kind',
        'meetingMatrix',
        'serverNow',
        'to',
        'totals',
        'unitName',
        'weeks',
      ].sort(),
    );
  });

  test('it stops working when it expires', async () => {
    const link = await ok(issue(EAST, 1));
    d.clock.now += HOUR - 1;
    expect(refusal(await view(link.token))).toBe('allow');
    d.clock.now += 1;
    expect(refusal(await view(link.token))).toBe(`FORBIDDEN: ${INVALID}`);
  });

  test('revoked, it stops at once; the revocation is audited and listed', async () => {
    const link = await ok(issue(EAST));
    const { revokedAt } = await ok(d.as(EAST_ADMIN)('admin.wallLinkRevoke', { unitId: EAST, linkId: link.linkId }));
    expect(revokedAt).toBe(d.clock.now);
    expect(refusal(await view(link.token))).toBe(`FORBIDDEN: ${INVALID}`);
    expect((await auditOf('wall.linkRevoke')).map((entry) => entry.targetId)).toContain(link.linkId);
    const listed = await ok(d.as(EAST_ADMIN)('admin.wallLinks', { unitId: EAST }));
    expect(listed.items.find((item: any) => item.linkId === link.linkId).revokedAt).toBe(revokedAt);
  });

  test('a forged or altered token is refused with the same message', async () => {
    const east = await ok(issue(EAST));
    const west = await ok(issue(WEST, 12, DEMO.orgAdmin));
    const [linkId, expiry, mac] = east.token.split('.');
    const [westId] = west.token.split('.');
    for (const forged of [
      `${linkId}.${Number(expiry) + 72 * HOUR}.${mac}`, // a longer life
      `${westId}.${expiry}.${mac}`, // another unit's link with this one's signature
      `${linkId}.${expiry}.${'A'.repeat(mac!.length)}`,
      `${linkId}.${expiry}`,
      'nonsense',
    ])
      expect(refusal(await view(forged))).toBe(`FORBIDDEN: ${INVALID}`);
    expect((await ok(view(west.token))).unitName).not.toBe('东湖社区党支部');
  });

  test('only admins whose scope covers the unit issue, list or revoke its links', async () => {
    expect(refusal(await issue(WEST)).split(':')[0]).toBe('OUT_OF_SCOPE');
    expect(refusal(await issue(EAST, 12, DEMO.member)).split(':')[0]).toBe('FORBIDDEN');
    expect(refusal(await d.as(EAST_ADMIN)('admin.wallLinks', { unitId: WEST })).split(':')[0]).toBe('OUT_OF_SCOPE');
    const west = await ok(issue(WEST, 12, DEMO.orgAdmin));
    // Naming another unit's link under one's own unit finds nothing, and the link keeps working.
    const crossed = await d.as(EAST_ADMIN)('admin.wallLinkRevoke', { unitId: EAST, linkId: west.linkId });
    expect(refusal(crossed).split(':')[0]).toBe('NOT_FOUND');
    expect(refusal(await view(west.token))).toBe('allow');
  });

  test('bad input is refused with field messages and changes nothing', async () => {
    const links = () => store.collection<any>('wall_links').count({});
    const audits = () => store.collection<any>('audit').count({});
    const [linksBefore, auditsBefore] = [await links(), await audits()];
    for (const input of [
      { unitId: EAST, hours: 0 },
      { unitId: EAST, hours: 73 },
      { unitId: EAST, hours: 1.5 },
      { unitId: EAST, hours: '12' },
      { hours: 12 },
      { unitId: EAST, hours: 12, expiresAt: Date.now() + 999 * HOUR },
    ]) {
      const result = await d.as(EAST_ADMIN)('admin.wallLinkIssue', input);
      expect(result.ok ? 'allow' : result.error.code).toBe('VALIDATION_FAILED');
    }
    const tooLong = await d.as(EAST_ADMIN)('admin.wallLinkIssue', { unitId: EAST, hours: 73 });
    expect(tooLong.error.fields.hours).toContain('72');
    expect(refusal(await view('x'.repeat(301))).split(':')[0]).toBe('VALIDATION_FAILED');
    expect([await links(), await audits()]).toEqual([linksBefore, auditsBefore]);
  });
});
