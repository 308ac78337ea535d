import { rmSync } from 'node:fs';
import JSZip from 'jszip';
import type { DocStore } from '../../cloudfunctions/store/types';
import { DEMO, seededDataDir } from '../support/demo-store';
import { dispatcherFor, type Dispatcher } from '../support/dispatcher';
import { HEADER, idFor, validRow, xlsxOf } from '../support/roster-files';

/**
 * Spreadsheet bombs: a small upload that unpacks to tens of megabytes (one huge cell, an entry of zeros, an
 * entry whose zip directory lies about its size), a cell longer than any field, or more rows than an import
 * takes. Each is refused quickly with a Chinese message saying what to change, before the file is loaded,
 * and nothing is imported — through both importers, which share one reader.
 */
let store: DocStore;
let dataDir: string;
let d: Dispatcher;

beforeAll(async () => {
  ({ store, dataDir } = await seededDataDir());
  d = await dispatcherFor(store);
  await d.signIn(DEMO.superAdmin);
});
afterAll(async () => {
  await d.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const MB = 1024 * 1024;

/** A valid one-row roster XLSX with `change` applied to its zip. */
async function craftedXlsx(change: (zip: JSZip) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(Buffer.from(await xlsxOf([{ 姓名: '张三' }]), 'base64'));
  change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const sharedStrings = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${text}</t></si></sst>`;

/** Rewrites the uncompressed size that the zip declares for `name` (central directory and local header). */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  const nameBytes = Buffer.from(name, 'utf8');
  for (let at = 0; at < patched.length - 46; at += 1) {
    if (
      patched.readUInt32LE(at) === 0x02014b50 &&
      patched.subarray(at + 46, at + 46 + nameBytes.length).equals(nameBytes)
    ) {
      patched.writeUInt32LE(size, at + 24);
      patched.writeUInt32LE(size, patched.readUInt32LE(at + 42) + 22);
    }
  }
  return patched;
}

async function importBoth(file: Buffer | string, format: 'csv' | 'xlsx') {
  const content = typeof file === 'string' ? file : file.toString('base64');
  const admin = d.as(DEMO.superAdmin);
  const started = performance.now();
  const roster = await admin('admin.rosterImport', { unitId: 'u-b-east', format, file: content, mode: 'valid_only' });
  const questions = await admin('admin.questionImport', {
    unitId: 'u-b-east',
    format,
    file: content,
    mode: 'valid_only',
  });
  return { roster, questions, ms: performance.now() - started };
}

const counts = async () => ({
  members: await store.collection('members').count({}),
  questions: await store.collection('questions').count({}),
  audit: await store.collection('audit').count({}),
});

test.each([
  [
    'one 50 MB cell',
    () => craftedXlsx((zip) => zip.file('xl/sharedStrings.xml', sharedStrings('党'.repeat(17 * MB)))),
    '解压后过大',
  ],
  [
    'an entry of 40 MB of zeros',
    () => craftedXlsx((zip) => zip.file('xl/media/image1.bin', Buffer.alloc(40 * MB))),
    '解压后过大',
  ],
  [
    'an entry that inflates past the size its directory declares',
    async () =>
      declareSize(
        await craftedXlsx((zip) => zip.file('xl/media/image1.bin', Buffer.alloc(20 * MB))),
        'xl/media/image1.bin',
        1000,
      ),
    '解压后过大',
  ],
  [
    'a 100,000-character cell',
    () => craftedXlsx((zip) => zip.file('xl/sharedStrings.xml', sharedStrings('x'.repeat(100_000)))),
    '有单元格超过 5000 个字',
  ],
  [
    'more than 2,000 rows',
    async () => {
      const rows = Array.from({ length: 2500 }, (_, i) => ({
        姓名: `党员${i}`,
        身份证号: idFor('1980-01-01', i % 1000),
      }));
      return Buffer.from(await xlsxOf(rows), 'base64');
    },
    '表格超过 2000 行',
  ],
])('an XLSX with %s is refused quickly, before loading, and nothing is imported', async (_label, make, message) => {
  const file = await make();
  expect(file.length).toBeLessThan(1_000_000);
  const before = await counts();
  const { roster, questions, ms } = await importBoth(file, 'xlsx');
  for (const result of [roster, questions]) {
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(result.error.message).toContain(message);
  }
  expect(ms).toBeLessThan(3000);
  expect(await counts()).toEqual(before);
});

test('a CSV stops being read past 2,000 rows, and a CSV cell longer than any field is refused', async () => {
  const before = await counts();
  const long = Buffer.from(
    `${HEADER}\n${Array.from({ length: 2500 }, (_, i) => validRow(`党员${i}`, '1980-01-01', i % 1000, `1770000${String(i).padStart(4, '0')}`)).join('\n')}\n`,
  ).toString('base64');
  for (const result of Object.values(await importBoth(long, 'csv')).slice(0, 2))
    expect(result.error.message).toContain('表格超过 2000 行');
  const wide = Buffer.from(`${HEADER}\n${validRow('x'.repeat(6000), '1980-01-01', 1, '17700000001')}\n`).toString(
    'base64',
  );
  for (const result of Object.values(await importBoth(wide, 'csv')).slice(0, 2))
    expect(result.error.message).toContain('有单元格超过 5000 个字');
  expect(await counts()).toEqual(before);
});

test('an ordinary XLSX still imports', async () => {
  const file = await xlsxOf([
    {
      姓名: '李四',
      性别: '男',
      出生日期: '1985-05-05',
      身份证号: idFor('1985-05-05', 7),
      所在支部: '东湖社区党支部',
      发展阶段: '正式党员',
    },
  ]);
  const result = await d.as(DEMO.superAdmin)('admin.rosterImport', {
    unitId: 'u-b-east',
    format: 'xlsx',
    file,
    mode: 'dry_run',
  });
  expect(result).toMatchObject({ ok: true });
});
