import { parseEnv } from '../../config/env';
import { startHttpHost } from './http';

/** Runs the HTTP host from the environment alone: the self-hosting entry (`npm run host`). */
startHttpHost(parseEnv())
  .then(({ app, url }) => {
    process.stdout.write(`智慧党建 host listening on ${url}\n`);
    const stop = () => void app.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
