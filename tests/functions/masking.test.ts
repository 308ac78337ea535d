import ExcelJS from 'exceljs';
import { z } from 'zod';
import { LOCAL_SOTER_SIGNATURE } from '../../cloudfunctions/platform/soter';
import { DAILY_LIMITS } from '../../cloudfunctions/modules/members/personal-data-quota';
import { ROW_CONFLICT_MESSAGE } from '../../cloudfunctions/modules/members/identifier-conflicts';
import { contract, ROUTE_NAMES } from '../../types/contract';
import { MaskedIdCard, MaskedPhone } from '../../types/schemas/common';
import { DEMO, testCipher } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';
import { csvOf, idFor, validRow } from '../support/roster-files';

/**
 * Masked data stays masked: masks too short to guess from, no birth date beside them, and every way of
 * confirming a full phone or ID number (reveal, search, roster dry run) audited and limited per day, with a
 * server-issued single-use SOTER challenge before a reveal.
 */
let host: TestHost;
let now = Date.now();
let eastAdmin: string;
let orgAdmin: string;
let superAdmin: string;
let officeAdmin: string;

beforeAll(async () => {
  host = await startTestHost({}, () => now);
  eastAdmin = await signIn(host, DEMO.eastBranchAdmin);
  orgAdmin = await signIn(host, DEMO.orgAdmin);
  superAdmin = await signIn(host, DEMO.superAdmin);
  officeAdmin = await signIn(host, DEMO.officeBranchAdmin);
});
afterAll(() => host.close());

const members = () => host.store.collection<any>('members');
const plain = (stored: string) => testCipher().decrypt(stored);
const eastMember = async () =>
  (await members().find({ unitPath: 'u-b-east', role: 'member' }, { sort: [['_id', 1]], limit: 1 }))[0];
const outsideEast = async (skip = 0) =>
  (await members().find({ unitPath: { $ne: 'u-b-east' }, role: 'member' }, { sort: [['_id', 1]], skip, limit: 1 }))[0];
const auditOf = async (unitId: string, token: string) =>
  (await host.call('admin.auditList', { unitId, limit: 100 }, token)).body.data.items as any[];
const rowFor = (name: string, idCard: string, phone: string, branch = '东湖社区党支部') =>
  `${name},男,汉族,,本科,${idCard},${phone},${branch},,正式党员,2015-07-01,2014-07-01,正常`;
const importCsv = (rows: string[], mode: string, token = eastAdmin) =>
  host.call('admin.rosterImport', { unitId: 'u-b-east', format: 'csv', file: csvOf(rows), mode }, token);
const soterConfirmation = async (token: string, signature = LOCAL_SOTER_SIGNATURE) => {
  const { challenge } = (await host.call('admin.identityChallenge', {}, token)).body.data;
  return { method: 'soter', resultJSON: JSON.stringify({ raw: challenge }), signature };
};

/** Output fields of a route, with the JSON schema of each (nested objects and arrays included). */
function outputFields(route: (typeof ROUTE_NAMES)[number]): Array<[string, any]> {
  const fields: Array<[string, any]> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') fields.push(...Object.entries(value));
      walk(value);
    }
  };
  walk(z.toJSONSchema(contract[route].output, { unrepresentable: 'any', io: 'output' }));
  return fields;
}

/** The only output fields about phones, ID numbers and birth dates, and the mask pattern each must declare. */
const patternOf = (schema: z.ZodType) => (z.toJSONSchema(schema) as { pattern?: string }).pattern ?? '';
const PERSONAL_OUTPUTS: Record<string, string | null> = {
  phoneMasked: patternOf(MaskedPhone),
  idCardMasked: patternOf(MaskedIdCard),
  birthYear: null,
  phoneLast4: null,
};

test.each(ROUTE_NAMES)('%s answers no full phone, ID number or birth date', (route) => {
  for (const [field, schema] of outputFields(route)) {
    if (!/phone|idcard|birth|mobile/i.test(field)) continue;
    expect(Object.keys(PERSONAL_OUTPUTS)).toContain(field);
    const pattern = PERSONAL_OUTPUTS[field];
    if (pattern) expect(JSON.stringify(schema)).toContain(JSON.stringify(pattern));
  }
});

describe('masks', () => {
  test('ID numbers show 1 + 1 characters, phones 3 + 2 digits, and the birth date only as a year', async () => {
    const member = await eastMember();
    const { body } = await host.call('admin.memberGet', { memberId: member._id }, eastAdmin);
    expect(body.data.idCardMasked).toMatch(/^\d\*{16}[\dX]$/);
    expect(body.data.phoneMasked).toMatch(/^1\d{2}\*{6}\d{2}$/);
    expect(body.data).not.toHaveProperty('birthDate');
    expect(body.data.birthYear).toBe(Number(member.birthDate.slice(0, 4)));
    expect(JSON.stringify(body)).not.toContain(member.birthDate);
    const list = await host.call('admin.memberList', { unitId: 'u-b-east', limit: 100 }, eastAdmin);
    for (const item of list.body.data.items) expect(item.phoneMasked ?? '138******78').toMatch(/^\d{3}\*{6}\d{2}$/);
  });

  test('the roster export has no birth date beside the masked ID number', async () => {
    const { body } = await host.call('admin.rosterExport', { unitId: 'u-b-east' }, eastAdmin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(body.data.file, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const rows: string[][] = [];
    sheet.eachRow((row, index) => index > 1 && rows.push((row.values as unknown[]).map((v) => String(v ?? ''))));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row[header.indexOf('身份证号')]).toMatch(/^\d\*{16}[\dX]$/);
      expect(row[header.indexOf('出生日期')] ?? '').toBe('');
      const datesKept = ['阶段日期', '入党日期'].map((column) => row[header.indexOf(column)]);
      expect(row.filter((cell) => /^\d{4}-\d\d-\d\d$/.test(cell) && !datesKept.includes(cell))).toEqual([]);
    }
  });
});

describe('SOTER re-confirmation', () => {
  test('the challenge is issued by the server, bound to the admin, and good for one use', async () => {
    const member = await eastMember();
    const reveal = (confirmation: unknown, token = orgAdmin) =>
      host.call('admin.memberReveal', { memberId: member._id, field: 'phone', confirmation }, token);
    const made_up = { method: 'soter', resultJSON: '{"raw":"x"}', signature: LOCAL_SOTER_SIGNATURE };
    expect((await reveal(made_up)).body.error.code).toBe('FORBIDDEN');
    const someoneElses = await soterConfirmation(superAdmin);
    expect((await reveal(someoneElses)).body.error.code).toBe('FORBIDDEN');
    const confirmation = await soterConfirmation(orgAdmin);
    expect((await reveal(confirmation)).body.data.value).toBe(plain(member.phone));
    const replayed = await reveal(confirmation);
    expect(replayed.body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('重新') });
    const stale = await soterConfirmation(orgAdmin);
    now += 6 * 60_000;
    expect((await reveal(stale)).body.error.code).toBe('FORBIDDEN');
    await soterConfirmation(orgAdmin); // issuing a challenge clears the admin's expired ones
    const kept = await host.store
      .collection<any>('identity_challenges')
      .find({ memberId: DEMO.orgAdmin }, { limit: 100 });
    expect(kept.map((c) => c.expiresAt > now)).toEqual([true]);
  });

  test('the typed-reason fallback is refused once the admin’s WeChat has passed SOTER', async () => {
    const member = await eastMember();
    const refused = await host.call(
      'admin.memberReveal',
      { memberId: member._id, field: 'idCard', confirmation: { method: 'fallback', reason: '手机没电了' } },
      orgAdmin,
    );
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect(refused.body.error.message).toContain('指纹或人脸');
  });

  test('the fallback is audited and limited per day', async () => {
    const member = await eastMember();
    const fallback = (reason: string) =>
      host.call(
        'admin.memberReveal',
        { memberId: member._id, field: 'idCard', confirmation: { method: 'fallback', reason } },
        superAdmin,
      );
    for (let i = 0; i < DAILY_LIMITS.identityFallback; i += 1) {
      expect((await fallback(`电脑端操作 ${i}`)).body.data.value).toBe(plain(member.idCard));
    }
    const reasons = (await auditOf('u-b-east', superAdmin)).map((entry) => entry.summary).join('\n');
    for (let i = 0; i < DAILY_LIMITS.identityFallback; i += 1)
      expect(reasons).toContain(`未使用生物认证：电脑端操作 ${i}`);
    const limited = await fallback('电脑端操作');
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.message).toContain('明天');
  });
});

describe('roster import', () => {
  test('full-width digits, spaces and dashes in phones and ID numbers are accepted', async () => {
    const id = idFor('1986-05-04', 41);
    const wide = (text: string) => text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const { body } = await importCsv(
      [
        rowFor('全角号码', wide(id), '１８３３４０６９０７９'),
        rowFor('横线号码', idFor('1986-05-05', 42).replace(/^(\d{6})(\d{8})/, '$1 $2 '), '183-3406-9078'),
      ],
      'all_or_nothing',
    );
    expect(body.data.rows.flatMap((row: any) => row.errors)).toEqual([]);
    expect(body.data.counts).toMatchObject({ create: 2, error: 0 });
    const created = await members().find({ name: '全角号码' }, { limit: 1 });
    expect(plain(created[0].phone)).toBe('18334069079');
    expect(plain(created[0].idCard)).toBe(id);
  });

  test('a row may not update an admin of the importer’s rank or above', async () => {
    const self = await members().get(DEMO.eastBranchAdmin);
    const { body } = await importCsv([rowFor(self.name, plain(self.idCard), '')], 'dry_run');
    expect(body.data.rows[0].outcome).toBe('error');
    expect(body.data.rows[0].errors.join()).toContain('同级或更高级别');
  });

  test('a value held outside the subtree gets one neutral message; the conflict is audited above the importer', async () => {
    const [byId, byPhone] = [await outsideEast(0), await outsideEast(1)];
    const { body } = await importCsv(
      [rowFor('借用身份证', plain(byId.idCard), ''), rowFor('借用手机', idFor('1987-01-02', 51), plain(byPhone.phone))],
      'dry_run',
    );
    expect(body.data.rows.map((row: any) => row.errors)).toEqual([[ROW_CONFLICT_MESSAGE], [ROW_CONFLICT_MESSAGE]]);
    expect(JSON.stringify(await auditOf('u-b-east', eastAdmin))).not.toContain('member.identifier_conflict');
    const above = (await auditOf('u-committee', superAdmin)).filter(
      (entry) => entry.action === 'member.identifier_conflict',
    );
    expect(above.map((entry) => entry.targetName).sort()).toEqual([byId.name, byPhone.name].sort());
  });

  test('a phone held inside the subtree is no more confirmable than one outside', async () => {
    const holder = await eastMember();
    const { body } = await importCsv([rowFor('同号码', idFor('1987-01-03', 52), plain(holder.phone))], 'dry_run');
    expect(body.data.rows[0].errors).toEqual([ROW_CONFLICT_MESSAGE]);
  });

  test('conflicting rows are limited per admin per day, after which imports wait for the next day', async () => {
    const used = 3; // two rows outside the subtree and one inside, above
    const extra = await Promise.all(
      Array.from({ length: DAILY_LIMITS.identifierConflict - used + 1 }, (_, i) => outsideEast(2 + i)),
    );
    const over = await importCsv(
      extra.map((member, i) => rowFor(`越限${i}`, plain(member.idCard), '')),
      'dry_run',
    );
    expect(over.body.error.code).toBe('RATE_LIMITED');
    const clean = await importCsv([validRow('清白行', '1988-02-03', 61, '15000000961')], 'dry_run');
    expect(clean.body.error.code).toBe('RATE_LIMITED');
    // Another admin's allowance is their own.
    const office = await host.call(
      'admin.rosterImport',
      {
        unitId: 'u-b-office',
        format: 'csv',
        file: csvOf([validRow('清白行', '1988-02-03', 61, '15000000961', '综合办公室党支部')]),
        mode: 'dry_run',
      },
      officeAdmin,
    );
    expect(office.body.error?.code).not.toBe('RATE_LIMITED');
  });
});

describe('forms', () => {
  test('a phone held by another member is refused neutrally, and the conflict is audited above the writer', async () => {
    const holder = await eastMember();
    const before = await members().count({ unitPath: 'u-b-office' });
    const created = await host.call(
      'admin.memberCreate',
      {
        unitId: 'u-b-office',
        name: '重号新人',
        gender: 'female',
        ethnicity: '汉族',
        birthDate: null,
        education: null,
        idCard: null,
        phone: `${plain(holder.phone).slice(0, 3)} ${plain(holder.phone).slice(3)}`,
        position: null,
        status: 'normal',
        joinedAt: null,
        stage: 'applicant',
        stageSince: now,
      },
      officeAdmin,
    );
    expect(created.body.error).toMatchObject({
      code: 'CONFLICT',
      fields: { phone: expect.stringContaining('上级组织') },
    });
    expect(created.body.error.message).not.toContain('另一位党员');
    expect(await members().count({ unitPath: 'u-b-office' })).toBe(before);
    expect(JSON.stringify(await auditOf('u-b-office', officeAdmin))).not.toContain('identifier_conflict');
    const above = (await auditOf('u-committee', superAdmin)).filter((e) => e.action === 'member.identifier_conflict');
    expect(above.map((entry) => entry.targetName)).toContain(holder.name);
  });

  test('a member probing phones through their own record is limited, then refused whatever the phone', async () => {
    const member = await signIn(host, DEMO.member);
    const others = await members().find({ _id: { $ne: DEMO.member }, phone: { $exists: true } }, { limit: 5 });
    for (const other of others.slice(0, DAILY_LIMITS.identifierConflict)) {
      const taken = await host.call('me.updatePhone', { phone: plain(other.phone) }, member);
      expect(taken.body.error.code).toBe('CONFLICT');
    }
    const free = await host.call('me.updatePhone', { phone: '19900000001' }, member);
    expect(free.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('search by full phone or ID number', () => {
  test('is audited and counted with reveals, not a free filter', async () => {
    const member = await eastMember();
    const idCard = plain(member.idCard);
    const spaced = `${idCard.slice(0, 6)} ${idCard.slice(6, 14)} ${idCard.slice(14)}`.toLowerCase();
    const search = (query: string) => host.call('admin.memberList', { unitId: 'u-b-east', query }, eastAdmin);
    const found = await search(spaced);
    expect(found.body.data.items.map((item: any) => item.memberId)).toEqual([member._id]);
    const entry = (await auditOf('u-b-east', eastAdmin)).find((item) => item.action === 'member.search');
    expect(entry.summary).toMatch(/^按身份证号查找党员（\d\*{16}[\dX]），找到 1 人$/);
    expect(JSON.stringify(entry)).not.toContain(idCard);
    for (let i = 1; i < DAILY_LIMITS.disclosure; i += 1) {
      expect((await search(idFor('1990-01-01', i))).body.ok).toBe(true);
    }
    const limited = await search(idCard);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    const reveal = await host.call(
      'admin.memberReveal',
      { memberId: member._id, field: 'idCard', confirmation: await soterConfirmation(eastAdmin) },
      eastAdmin,
    );
    expect(reveal.body.error.code).toBe('RATE_LIMITED');
    expect((await search(member.name)).body.ok).toBe(true);
  });
});
