import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import { describeConformance } from './conformance';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-embedded-'));

describeConformance(
  'embedded (nedb, file-backed)',
  () => openEmbeddedStore(dir),
  async () => rmSync(dir, { recursive: true, force: true }),
);
