import { idCardCheckCharacter } from '../../cloudfunctions/modules/members/id-card';
import { ROW_CONFLICT_MESSAGE } from '../../cloudfunctions/modules/members/identifier-conflicts';
import { DAILY_LIMITS } from '../../cloudfunctions/modules/members/personal-data-quota';
import { maskIdCard } from '../../cloudfunctions/security/personal-data';
import { DEMO, testCipher } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';
import { csvOf } from '../support/roster-files';

/**
 * A roster dry run cannot confirm a member's ID number: a file of candidate numbers, under the member's own
 * name or under an invented one, costs one of the importer's daily conflicts per guess and is audited, while
 * re-importing members (name and ID number both matching) and adding namesakes born in another year work as
 * before. Each test runs on its own day, so each starts with a full allowance.
 */
const DAY = 24 * 60 * 60_000;
let host: TestHost;
let now = Date.now();
let eastAdmin: string;

beforeAll(async () => {
  host = await startTestHost({}, () => now);
});
beforeEach(async () => {
  now += DAY;
  eastAdmin = await signIn(host, DEMO.eastBranchAdmin);
});
afterAll(() => host.close());

const members = () => host.store.collection<any>('members');
const plain = (stored: string) => testCipher().decrypt(stored);
const target = async () =>
  (
    await members().find(
      { unitPath: 'u-b-east', role: 'member', idCard: { $ne: null } },
      { sort: [['_id', 1]], limit: 1 },
    )
  )[0];
const rowFor = (name: string, idCard: string, phone = '') =>
  `${name},男,汉族,,本科,${idCard},${phone},东湖社区党支部,,正式党员,2015-07-01,2014-07-01,正常`;
const importCsv = (rows: string[], mode = 'dry_run') =>
  host.call('admin.rosterImport', { unitId: 'u-b-east', format: 'csv', file: csvOf(rows), mode }, eastAdmin);
const conflictAudits = async () =>
  ((await host.call('admin.auditList', { unitId: 'u-b-east', limit: 100 }, eastAdmin)).body.data.items as any[]).filter(
    (entry) => entry.action === 'member.identifier_conflict' && entry.at === now,
  );

/** Valid ID numbers that look like `idCard` through the mask (same region, birth year and last character). */
function candidatesLike(idCard: string, count: number): string[] {
  const found: string[] = [];
  const year = Number(idCard.slice(6, 10));
  for (let day = 0; found.length < count; day += 1) {
    const birth = new Date(Date.UTC(year, 0, 1) + day * DAY).toISOString().slice(0, 10).replace(/-/g, '');
    for (let seq = 0; seq < 1000 && found.length < count; seq += 1) {
      const first17 = `${idCard.slice(0, 6)}${birth}${String(seq).padStart(3, '0')}`;
      const candidate = first17 + idCardCheckCharacter(first17);
      if (candidate !== idCard && candidate.endsWith(idCard.slice(-1))) found.push(candidate);
    }
  }
  return found;
}

test('2,000 candidate ID numbers under a member’s name are cut off by the allowance; nothing is written', async () => {
  const member = await target();
  const idCard = plain(member.idCard);
  const candidates = candidatesLike(idCard, 1999);
  expect(candidates.every((candidate) => maskIdCard(candidate) === maskIdCard(idCard))).toBe(true);
  candidates.splice(1234, 0, idCard);
  const before = await members().count({});
  const probe = await importCsv(candidates.map((candidate) => rowFor(member.name, candidate)));
  expect(probe.body.ok).toBe(false);
  expect(probe.body.error.code).toBe('RATE_LIMITED');
  expect(JSON.stringify(probe.body)).not.toContain('update');
  expect(await members().count({})).toBe(before);
  // The whole probe is one audit entry naming the member guessed at, and today's allowance is spent.
  expect(await conflictAudits()).toEqual([
    expect.objectContaining({ targetName: member.name, summary: expect.stringContaining('等 1999 行') }),
  ]);
  expect((await importCsv([rowFor(member.name, idCard)])).body.error.code).toBe('RATE_LIMITED');
});

test('a handful of candidates under a member’s name: each wrong one costs a conflict, then imports wait', async () => {
  const member = await target();
  const wrong = candidatesLike(plain(member.idCard), DAILY_LIMITS.identifierConflict + 1);
  const spent = await importCsv(wrong.slice(0, -1).map((candidate) => rowFor(member.name, candidate)));
  expect(spent.body.data.rows.map((row: any) => row.errors)).toEqual(
    wrong.slice(0, -1).map(() => [ROW_CONFLICT_MESSAGE]),
  );
  expect((await importCsv([rowFor(member.name, plain(member.idCard))])).body.error.code).toBe('RATE_LIMITED');
});

test('a member’s ID number under another name is refused neutrally and audited, not reported as an update', async () => {
  const member = await target();
  const idCard = plain(member.idCard);
  const rows = [...candidatesLike(idCard, 99), idCard].map((candidate) => rowFor('化名', candidate));
  const { body } = await importCsv(rows);
  const matched = body.data.rows[99];
  expect(matched).toMatchObject({ outcome: 'error', errors: [ROW_CONFLICT_MESSAGE] });
  expect(body.data.counts).toMatchObject({ update: 0, unchanged: 0 });
  expect(await conflictAudits()).toEqual([
    expect.objectContaining({ targetName: member.name, summary: expect.stringContaining('「化名」的身份证号') }),
  ]);
  expect(await members().count({ name: '化名' })).toBe(0);
});

test('re-importing members updates them, and a namesake born in another year is a new member', async () => {
  const [first, second] = await members().find(
    { unitPath: 'u-b-east', role: 'member', idCard: { $ne: null } },
    { sort: [['_id', 1]], limit: 2 },
  );
  const otherYear = String(Number(plain(first.idCard).slice(6, 10)) - 1);
  const namesake = candidatesLike(`${plain(first.idCard).slice(0, 6)}${otherYear}0101000X`, 1)[0] as string;
  const { body } = await importCsv(
    [rowFor(first.name, plain(first.idCard)), rowFor(second.name, plain(second.idCard)), rowFor(first.name, namesake)],
    'all_or_nothing',
  );
  expect(body.data.rows.map((row: any) => row.outcome)).toEqual(['update', 'update', 'create']);
  expect(body.data.written).toBe(true);
  const again = await importCsv([rowFor(first.name, plain(first.idCard))]);
  expect(again.body.data.rows[0].outcome).toBe('unchanged');
  expect(await conflictAudits()).toEqual([]);
});
