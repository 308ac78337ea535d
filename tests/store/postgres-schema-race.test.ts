import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import type { DocStore } from '../../cloudfunctions/store/types';
import { emptyDatabase, type TestDatabase } from '../support/postgres-databases';

/**
 * Hosts behind a proxy start side by side against one database and each sets up the schema (functions,
 * tables, indexes). PostgreSQL refuses concurrent replacement of the same catalogue row, so unless the
 * set-up is serialised one host dies at start with "tuple concurrently updated".
 */
const HOSTS = 6;
const ROUNDS = 3;
const stores: DocStore[] = [];
const databases: TestDatabase[] = [];

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await Promise.all(databases.map((database) => database.drop()));
});

test.each(Array.from({ length: ROUNDS }, (_, round) => round))(
  'six hosts opening an empty database at once all start, round %i',
  async () => {
    const database = await emptyDatabase();
    databases.push(database);
    const { url } = database;
    const opened = await Promise.all(
      Array.from({ length: HOSTS }, async () => {
        const store = await openPostgresStore(url, 2);
        stores.push(store);
        await ensureAllCollections(store);
        return store;
      }),
    );
    // Every host sees the same schema and can write through it.
    await opened[0]!.collection<{ _id: string; name: string }>('members').insert({ _id: 'm-1', name: '甲' });
    const seen = await Promise.all(opened.map((store) => store.collection('members').get('m-1')));
    expect(seen.map((doc) => doc?._id)).toEqual(Array(HOSTS).fill('m-1'));
  },
  60_000,
);
