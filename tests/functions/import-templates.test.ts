import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/** The import templates are files the importers read: the header row and one example row each. */
let host: TestHost;
let admin: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await signIn(host, DEMO.eastBranchAdmin);
});
afterAll(() => host.close());

test('the roster template names a branch of the unit, and its example row is refused if left in', async () => {
  const template = (await host.call('admin.rosterTemplate', { unitId: 'u-b-east' }, admin)).body.data;
  expect(template).toMatchObject({
    fileName: '花名册导入模板.xlsx',
    mimeType: expect.stringContaining('spreadsheetml'),
  });
  const report = (
    await host.call(
      'admin.rosterImport',
      { unitId: 'u-b-east', format: 'xlsx', file: template.file, mode: 'dry_run' },
      admin,
    )
  ).body.data;
  expect(report.rows).toHaveLength(1);
  expect(report.rows[0].name).toContain('示例');
  // Every column is recognised and the branch exists: only the made-up ID number is wrong.
  expect(report.rows[0].errors).toEqual(['身份证号校验位错误']);
});

test('the question template reads back as one valid example question', async () => {
  const template = (await host.call('admin.questionTemplate', { unitId: 'u-b-east' }, admin)).body.data;
  expect(template.fileName).toBe('题库导入模板.xlsx');
  const report = (
    await host.call(
      'admin.questionImport',
      { unitId: 'u-b-east', format: 'xlsx', file: template.file, mode: 'dry_run' },
      admin,
    )
  ).body.data;
  expect(report).toMatchObject({ total: 1, importable: 1, invalid: 0 });
});

test('a template is for admins of the unit only', async () => {
  const member = await signIn(host, DEMO.member);
  expect((await host.call('admin.rosterTemplate', { unitId: 'u-b-east' }, member)).body.error.code).toBe('FORBIDDEN');
  expect((await host.call('admin.questionTemplate', { unitId: 'u-b-west' }, admin)).body.error.code).toBe(
    'OUT_OF_SCOPE',
  );
});
