import ExcelJS from 'exceljs';
import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';
import { csvOf, idFor, validRow, xlsxOf } from '../support/roster-files';

/** Roster import: a dry run reports every row; real runs write all-or-nothing or only valid rows; re-import is a no-op. */
let host: TestHost;
let admin: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await signIn(host, DEMO.eastBranchAdmin);
});
afterAll(() => host.close());

const importFile = (file: string, mode: string, format = 'csv', unitId = 'u-b-east') =>
  host.call('admin.rosterImport', { unitId, format, file, mode }, admin);
const countInEast = async () =>
  (await host.call('admin.memberList', { unitId: 'u-b-east', limit: 1 }, admin)).body.data.total as number;

const BAD_FILE = csvOf([
  validRow('新党员甲', '1990-03-07', 11, '15000000001'),
  `坏校验,男,汉族,1990-03-07,本科,330106199003070120,15000000002,东湖社区党支部,,正式党员,2015-07-01,,正常`,
  validRow('重号乙', '1991-04-08', 12, '15000000001'),
  validRow('外支部', '1992-05-09', 13, '15000000003', '不存在党支部'),
  `坏日期,女,汉族,,本科,${idFor('1993-06-10', 14)},15000000004,东湖社区党支部,,预备党员,2025-13-40,,正常`,
  validRow('新党员丙', '1994-07-11', 15, '15000000005'),
]);

test('a dry run reports every row’s errors and writes nothing', async () => {
  const before = await countInEast();
  const { body } = await importFile(BAD_FILE, 'dry_run');
  expect(body.ok).toBe(true);
  expect(body.data.written).toBe(false);
  const byName = Object.fromEntries(body.data.rows.map((row: any) => [row.name, row]));
  expect(byName['新党员甲'].outcome).toBe('create');
  expect(byName['坏校验'].errors).toContain('身份证号校验位错误');
  expect(byName['重号乙'].errors).toContain('手机号与第 2 行重复');
  expect(byName['外支部'].errors.join()).toContain('找不到支部“不存在党支部”');
  expect(byName['坏日期'].errors.join()).toContain('阶段日期');
  expect(byName['新党员丙'].outcome).toBe('create');
  expect(body.data.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 4 });
  expect(await countInEast()).toBe(before);
});

test('all-or-nothing writes nothing while any row is bad', async () => {
  const before = await countInEast();
  const { body } = await importFile(BAD_FILE, 'all_or_nothing');
  expect(body.data.written).toBe(false);
  expect(await countInEast()).toBe(before);
});

test('valid-only writes the valid rows; importing the same file again changes nothing', async () => {
  const before = await countInEast();
  const first = await importFile(BAD_FILE, 'valid_only');
  expect(first.body.data).toMatchObject({ written: true, counts: { create: 2, error: 4 } });
  expect(await countInEast()).toBe(before + 2);
  const again = await importFile(BAD_FILE, 'valid_only');
  expect(again.body.data.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 4 });
  expect(await countInEast()).toBe(before + 2);
  const found = await host.call('admin.memberList', { unitId: 'u-b-east', query: '15000000005' }, admin);
  expect(found.body.data.items).toEqual([expect.objectContaining({ name: '新党员丙', phoneMasked: '150******05' })]);
});

test('a changed row updates the existing member, matched by ID number', async () => {
  const changed = csvOf([validRow('新党员丙', '1994-07-11', 15, '15000000055')]);
  const { body } = await importFile(changed, 'all_or_nothing');
  expect(body.data.counts).toMatchObject({ update: 1 });
  const found = await host.call('admin.memberList', { unitId: 'u-b-east', query: '15000000055' }, admin);
  expect(found.body.data.total).toBe(1);
});

test('XLSX imports the same way', async () => {
  const file = await xlsxOf([
    {
      姓名: '表格党员',
      性别: '女',
      出生日期: '1988-08-08',
      身份证号: idFor('1988-08-08', 21),
      手机号: '15000000021',
      所在支部: '东湖社区党支部',
      发展阶段: '预备党员',
      阶段日期: '2025-07-01',
    },
  ]);
  const { body } = await importFile(file, 'all_or_nothing', 'xlsx');
  expect(body.data).toMatchObject({ written: true, counts: { create: 1, error: 0 } });
});

test('a branch admin cannot import into another branch, or name a branch outside their subtree', async () => {
  expect((await importFile(BAD_FILE, 'dry_run', 'csv', 'u-b-west')).body.error.code).toBe('OUT_OF_SCOPE');
  const other = await importFile(
    csvOf([validRow('越界', '1990-01-01', 31, '15000000031', '西苑社区党支部')]),
    'dry_run',
  );
  expect(other.body.data.rows[0].errors.join()).toContain('找不到支部');
});

test('files without the required columns or rows are refused with a clear message', async () => {
  const noColumns = Buffer.from('名字,电话\n张三,1\n').toString('base64');
  const result = await importFile(noColumns, 'dry_run');
  expect(result.body.error.code).toBe('VALIDATION_FAILED');
  expect(result.body.error.message).toContain('文件缺少这些列');
  expect(
    (await importFile(Buffer.from('not a workbook').toString('base64'), 'dry_run', 'xlsx')).body.error.message,
  ).toContain('xlsx');
});

test('export: the unit’s roster as XLSX, personal data masked', async () => {
  const { body } = await host.call('admin.rosterExport', { unitId: 'u-b-east' }, admin);
  expect(body.data.fileName).toMatch(/东湖社区党支部-花名册-\d{8}\.xlsx/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(body.data.file, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('姓名');
  const phones: string[] = [];
  sheet.eachRow((row, index) => index > 1 && phones.push(String(row.getCell(7).value)));
  // Admins of the exporter's rank or above are left out of the file.
  expect(phones.length).toBe(await host.store.collection('members').count({ unitPath: 'u-b-east', role: 'member' }));
  expect(phones.every((phone) => phone === '' || /^\d{3}\*{6}\d{2}$/.test(phone))).toBe(true);
});
