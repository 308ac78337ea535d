import path from 'node:path';
import type { Env } from '../../config/env';
import type { DocStore } from './types';
import type { WxDatabase } from './wxcloud';

/**
 * Opens the store `DB_DRIVER` names. Adapters load lazily so a WeChat bundle never loads a database
 * driver it does not use, and the WeChat database is only touched where `wxDatabase` is supplied.
 */
export async function openStore(
  env: Pick<Env, 'DB_DRIVER' | 'DATA_DIR' | 'DATABASE_URL'>,
  wxDatabase?: () => WxDatabase,
): Promise<DocStore> {
  switch (env.DB_DRIVER) {
    case 'embedded': {
      const { openEmbeddedStore } = await import('./embedded');
      return openEmbeddedStore(path.join(env.DATA_DIR, 'db'));
    }
    case 'postgres': {
      const { openPostgresStore } = await import('./postgres');
      return openPostgresStore(env.DATABASE_URL as string);
    }
    case 'wxcloud': {
      if (!wxDatabase) throw new Error('DB_DRIVER=wxcloud works only inside a WeChat cloud function');
      const { createWxCloudStore } = await import('./wxcloud');
      return createWxCloudStore(wxDatabase());
    }
  }
}
