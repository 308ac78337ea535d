import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { localFiles, wxFiles, type WxFilesCloud } from '../../cloudfunctions/platform/files';
import { s3Files, type S3Config } from '../../cloudfunctions/platform/s3-files';

/**
 * Deleting stored files through each adapter of the files port: the file is gone, deleting it again is harmless,
 * and a file the storage could not remove makes the call throw, naming it. The S3 adapter runs against a real
 * file-backed S3-compatible server (s3rver); the WeChat adapter against a stand-in `cloud` that keeps its files
 * in a map and answers `deleteFile` as cloud storage does.
 */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const directories: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-files-delete-'));
  directories.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});

describe('the local adapter', () => {
  test('removes the file; a second delete and a foreign id change nothing', async () => {
    const files = localFiles(tempDir());
    const kept = await files.put('留下.png', PNG, 'image/png');
    const gone = await files.put('删除.png', PNG, 'image/png');
    await files.delete([gone]);
    expect(await files.read(gone)).toBeNull();
    await expect(files.delete([gone, '../../etc/passwd'])).resolves.toBeUndefined();
    expect((await files.read(kept))?.content).toEqual(PNG);
  });
});

describe('the S3 adapter against an S3-compatible server', () => {
  let server: S3rver;
  let config: S3Config;
  beforeAll(async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: tempDir(),
      configureBuckets: [{ name: 'zhdj', configs: [] }],
    });
    const { port } = await server.run();
    config = {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: 'zhdj',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      pathStyle: true,
    };
  });
  afterAll(() => server.close());

  test('removes the object; a second delete is harmless; the other object stays', async () => {
    const files = s3Files(config);
    const kept = await files.put('留下.png', PNG, 'image/png');
    const gone = await files.put('删除.png', PNG, 'image/png');
    expect((await fetch((await files.urlOf(gone))!)).status).toBe(200);
    await files.delete([gone]);
    expect((await fetch((await files.urlOf(gone))!)).status).toBe(404);
    await expect(files.delete([gone])).resolves.toBeUndefined();
    expect(Buffer.from(await (await fetch((await files.urlOf(kept))!)).arrayBuffer())).toEqual(PNG);
  });

  test('a delete the server refuses throws, naming the file', async () => {
    const files = s3Files({ ...config, bucket: 'no-such-bucket' });
    await expect(files.delete(['abc.png'])).rejects.toThrow(/S3 DELETE failed for abc\.png: 404/);
  });
});

describe('the WeChat adapter', () => {
  /** Cloud storage as far as deleting goes: ids it holds, one id it cannot remove, at most 50 ids a call. */
  function fakeCloud(stored: string[], stuck: string | null = null) {
    const held = new Set(stored);
    const batches: string[][] = [];
    const cloud: WxFilesCloud = {
      uploadFile: async () => ({ fileID: 'cloud://env/uploads/x.png' }),
      getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map(() => ({})) }),
      async deleteFile({ fileList }) {
        if (fileList.length > 50) throw new Error('deleteFile takes at most 50 files');
        batches.push(fileList);
        return {
          fileList: fileList.map((fileID) => {
            if (fileID === stuck) return { fileID, status: -501001, errMsg: 'INTERNAL_SERVER_ERROR' };
            if (!held.delete(fileID)) return { fileID, status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' };
            return { fileID, status: 0, errMsg: 'ok' };
          }),
        };
      },
    };
    return { cloud, held, batches };
  }

  test('removes the files 50 at a time; deleting them again is harmless', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `cloud://env/uploads/${i}.png`);
    const { cloud, held, batches } = fakeCloud(ids);
    await wxFiles(cloud).delete(ids);
    expect(held.size).toBe(0);
    expect(batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    await expect(wxFiles(cloud).delete(ids.slice(0, 3))).resolves.toBeUndefined();
  });

  test('a file storage could not remove makes it throw, naming that file only', async () => {
    const { cloud, held } = fakeCloud(['cloud://env/a.png', 'cloud://env/b.png'], 'cloud://env/b.png');
    await expect(wxFiles(cloud).delete(['cloud://env/a.png', 'cloud://env/b.png'])).rejects.toThrow(
      /deleteFile failed for cloud:\/\/env\/b\.png: INTERNAL_SERVER_ERROR$/,
    );
    expect([...held]).toEqual(['cloud://env/b.png']);
  });
});
