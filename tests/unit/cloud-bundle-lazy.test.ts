import path from 'node:path';
import { createWxCloudStore } from '../../cloudfunctions/store/wxcloud';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { bindOpenid, DEMO, FIXED_NOW, TEST_SECRETS, testCipher } from '../support/demo-store';
import { createFakeWxDatabase } from '../support/fake-wx-database';

/**
 * The built admin function (npm test runs `npm run build:cloud` first) as WeChat runs it, on a stand-in
 * for the WeChat database: a spreadsheet export loads exceljs from lib/ beside index.js on first use.
 */
const database = createFakeWxDatabase();
jest.mock('wx-server-sdk', () => ({
  DYNAMIC_CURRENT_ENV: Symbol('current env'),
  init: () => {},
  getWXContext: () => ({ OPENID: 'o-org-admin' }),
  database: () => database,
  openapi: {},
  getOpenData: async () => ({ list: [] }),
}));

type Main = (event: unknown) => Promise<{ ok: boolean; data?: any; error?: any }>;

beforeAll(async () => {
  const store = createWxCloudStore(database);
  await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
  await bindOpenid(store, DEMO.orgAdmin, 'o-org-admin');
  Object.assign(process.env, TEST_SECRETS);
  delete process.env.DB_DRIVER;
  jest.spyOn(console, 'log').mockImplementation(() => {});
}, 60_000);

test('the built admin function exports the question bank as XLSX, with exceljs from lib/ beside index.js', async () => {
  const { main } = (await import(path.resolve('dist/cloudfunctions/admin/index.js'))) as { main: Main };
  const result = await main({ route: 'admin.questionExport', input: { unitId: 'u-committee' } });
  expect(result).toMatchObject({ ok: true });
  // An XLSX is a zip: it starts with the zip signature "PK".
  expect(Buffer.from(result.data.file, 'base64').subarray(0, 2).toString()).toBe('PK');
}, 60_000);
