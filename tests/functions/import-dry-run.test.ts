import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';
import { csvOf, idFor, validRow } from '../support/roster-files';

/** Import dry runs: every error of a row, and a summary that counts each row once. */
let host: TestHost;
let admin: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await signIn(host, DEMO.eastBranchAdmin);
});
afterAll(() => host.close());

const questionsCsv = (rows: string[][]) =>
  Buffer.from(
    ['题型,题干,选项A,选项B,选项C,选项D,答案,解析,知识点,难度', ...rows.map((r) => r.join(','))].join('\n'),
  ).toString('base64');

const GOOD: string[][] = [
  ['单选题', '党的根本宗旨是什么', '全心全意为人民服务', '发展经济', '改革开放', '科技兴国', 'A', '', '党章', '易'],
  ['判断题', '预备党员的预备期为一年', '', '', '', '', '对', '', '党章', '易'],
  ['填空题', '中国共产党成立于哪一年', '', '', '', '', '1921|1921年', '', '党史', '易'],
  ['判断题', '党员可以不参加组织生活', '', '', '', '', '错', '', '组织生活', '易'],
];

test('a question row with several problems reports each of them, not only the first', async () => {
  // The stem is too short, and the answer names an option the row does not have.
  const file = questionsCsv([['单选题', '短', '甲', '乙', '', '', 'E', '', '', '']]);
  const report = (
    await host.call('admin.questionImport', { unitId: 'u-b-east', format: 'csv', file, mode: 'dry_run' }, admin)
  ).body.data;
  const errors = report.rows[0].errors.join('；');
  expect(errors).toContain('题干至少 4 个字');
  expect(errors).toContain('答案应为选项字母');
});

test('the question summary counts every row once: importable, invalid, repeated in the file', async () => {
  const rows = [...GOOD, ['单选题', '题干太', '甲', '', '', '', 'A', '', '', ''], GOOD[0]!];
  const file = questionsCsv(rows);
  const report = (
    await host.call('admin.questionImport', { unitId: 'u-b-east', format: 'csv', file, mode: 'dry_run' }, admin)
  ).body.data;
  expect(report).toMatchObject({ total: 6, importable: 4, invalid: 1, duplicatesInFile: 1, duplicatesInBank: 0 });
  expect(report.importable + report.invalid + report.duplicatesInFile + report.duplicatesInBank).toBe(report.total);
  const written = (
    await host.call('admin.questionImport', { unitId: 'u-b-east', format: 'csv', file, mode: 'valid_only' }, admin)
  ).body.data;
  expect(written.created).toBe(report.importable);
});

test('a roster row repeating an earlier ID number says so beside its other errors', async () => {
  const repeated = idFor('1990-03-07', 41);
  const file = csvOf([
    validRow('先到者', '1990-03-07', 41, '15000000041'),
    `后到者,男,汉族,1990-03-07,本科,${repeated},123,东湖社区党支部,,正式党员,2015-07-01,,正常`,
  ]);
  const report = (
    await host.call('admin.rosterImport', { unitId: 'u-b-east', format: 'csv', file, mode: 'dry_run' }, admin)
  ).body.data;
  expect(report.rows[1].errors).toEqual(expect.arrayContaining(['手机号应为 11 位数字', '身份证号与第 2 行重复']));
  expect(report.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 1 });
});
