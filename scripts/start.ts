import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from '../config/env';
import { startHttpHost } from '../cloudfunctions/hosts/http';
import { localFiles } from '../cloudfunctions/platform/files';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { localSecrets } from './dev-secret';
import { seedDemo } from './seed/demo';

/**
 * `npm start`: builds the H5 app if it is missing, opens the embedded store under DATA_DIR (seeding the
 * demo organisation on first start), and serves app + API with the demo login switched on.
 */
async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? '.data';
  const env = parseEnv({ AUTH_MODE: 'dev', ...localSecrets(dataDir), ...process.env });
  if (!existsSync(path.join(env.STATIC_DIR, 'index.html'))) {
    process.stdout.write('Building the H5 app (first start only)…\n');
    const build = spawnSync('npm', ['run', 'build:h5'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:h5 failed');
  }
  const { app } = await startHttpHost(env, (store) =>
    seedDemo(store, personalDataCipherFromEnv(env), localFiles(path.join(env.DATA_DIR, 'files')), Date.now(), (line) =>
      process.stdout.write(`${line}\n`),
    ),
  );
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  process.stdout.write(
    `\n智慧党建 is running at ${url}  (store: ${env.DB_DRIVER}, data: ${env.DATA_DIR}, login: ${env.AUTH_MODE})\n`,
  );
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
