import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFiles } from '../../cloudfunctions/platform/files';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seedDemoNotices } from '../../scripts/seed/demo-notices';
import { FIXED_NOW } from '../support/demo-store';
import { seededStore } from '../support/seeded-store';

/** The demo notice's attachment is a real PDF, stored through the files port the host serves, so it opens. */
describe('the demo notice attachment', () => {
  let store: DocStore;
  let close: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    ({ store, close } = await seededStore('embedded'));
    dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-demo-files-'));
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is stored as a well-formed PDF the notice links to', async () => {
    const files = localFiles(dir);
    expect(await seedDemoNotices(store, files, FIXED_NOW)).toBe(true);
    const notice = await store.collection<any>('bulletins').get('nt-demo-attachment');
    const [attachment] = notice.attachments;
    expect(attachment).toMatchObject({ name: '三会一课制度（修订稿）.pdf', kind: 'pdf' });
    expect(await files.urlOf(attachment.fileId)).toBe(`/files/${attachment.fileId}`);

    const stored = await files.read(attachment.fileId);
    expect(stored?.contentType).toBe('application/pdf');
    const pdf = stored!.content.toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    // Every cross-reference entry points at its object, so readers open it without repairing it.
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    // The title, in UTF-16 for the Chinese font.
    expect(pdf).toContain(Buffer.from('三会一课', 'utf16le').swap16().toString('hex').toUpperCase());
  });
});
