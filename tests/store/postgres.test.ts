import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import { emptyDatabase, type TestDatabase } from '../support/postgres-databases';
import { describeConformance } from './conformance';

let database: TestDatabase | undefined;

describeConformance(
  'postgres (JSONB, real server)',
  async () => {
    database = await emptyDatabase();
    return openPostgresStore(database.url, 20);
  },
  async () => database?.drop(),
);
