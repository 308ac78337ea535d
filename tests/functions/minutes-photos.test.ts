import { DEMO } from '../support/demo-store';
import { signIn, startTestHost, type TestHost } from '../support/http-host';

/** Meeting minutes with photos: uploaded through the files port, kept by id, served back by the host. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
let host: TestHost;
let admin: string;
let activityId: string;

beforeAll(async () => {
  host = await startTestHost();
  admin = await signIn(host, DEMO.eastBranchAdmin);
  const now = Date.now();
  const created = await host.call(
    'admin.activityCreate',
    {
      unitId: 'u-b-east',
      type: 'committee_meeting',
      title: '十一月支委会',
      startAt: now - 3_600_000,
      endAt: now - 600_000,
      place: { text: '支部办公室' },
      capacity: null,
      signupOpensAt: now - 7_200_000,
      signupClosesAt: now - 3_600_000,
      cancelPolicy: 'never',
    },
    admin,
  );
  activityId = created.body.data.activityId;
});
afterAll(() => host.close());

test('photos upload, are recorded with the minutes, and are served back', async () => {
  const upload = await host.call('admin.photoUpload', { activityId, name: '会议现场.png', content: PNG }, admin);
  expect(upload.body.data.url).toMatch(/^\/files\/[\w-]+\.png$/);
  const saved = await host.call(
    'admin.minutesSave',
    {
      activityId,
      topic: '研究发展党员工作',
      presenter: '书记',
      recorder: '组织委员',
      content: '讨论了……',
      photos: [upload.body.data.fileId],
    },
    admin,
  );
  expect(saved.body.data.photos).toEqual([{ fileId: upload.body.data.fileId, url: upload.body.data.url }]);
  const image = await fetch(`${host.url}${upload.body.data.url}`);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await image.arrayBuffer()).equals(Buffer.from(PNG, 'base64'))).toBe(true);
});

test('only images, at most 1 MB, and no path tricks', async () => {
  expect(
    (await host.call('admin.photoUpload', { activityId, name: 'run.sh', content: PNG }, admin)).body.error.fields.name,
  ).toBeTruthy();
  const big = Buffer.alloc(1_049_000, 1).toString('base64');
  expect((await host.call('admin.photoUpload', { activityId, name: 'big.png', content: big }, admin)).status).toBe(413);
  expect((await fetch(`${host.url}/files/..%2F..%2Flocal-secrets.json`)).status).toBe(404);
  expect((await fetch(`${host.url}/files/nothing.png`)).status).toBe(404);
});
