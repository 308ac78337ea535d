import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import { startPostgres, type PostgresServer } from '../../scripts/lib/postgres-server';
import { describeConformance } from './conformance';

let server: PostgresServer | undefined;

describeConformance(
  'postgres (JSONB, real server)',
  async () => {
    server = await startPostgres();
    return openPostgresStore(server.url, 20);
  },
  async () => server?.stop(),
);
