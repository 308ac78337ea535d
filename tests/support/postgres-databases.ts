import pg from 'pg';

/** The template database the run's server holds the seeded demo organisation in (postgres-template.ts). */
export const SEEDED_TEMPLATE = 'seeded_template';

/** A database of its own on the run's one PostgreSQL server; `drop` removes it, connections and all. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

let made = 0;

function serverUrl(): string {
  const url = process.env.ZHDJ_PG_URL;
  if (!url)
    throw new Error(
      'No PostgreSQL server for this run: install PostgreSQL (apt-get install -y postgresql), or run `npm test`, which does',
    );
  return url;
}

/** The address of database `name` on the server at `server` (whose address names its `postgres` database). */
export const databaseUrl = (server: string, name: string) => server.replace(/\/postgres$/, `/${name}`);

/** Runs one statement on the server at `server`, on a connection of its own. */
export async function onServer(sql: string, server = serverUrl()): Promise<void> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A new database: empty, or a copy of the seeded template. Workers are processes of their own, so the
 * process id keeps names apart between them.
 */
async function newDatabase(template: string): Promise<TestDatabase> {
  const name = `t_${process.pid}_${(made += 1)}`;
  await onServer(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: databaseUrl(serverUrl(), name),
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** An empty database, as a fresh server would offer. */
export const emptyDatabase = () => newDatabase('template0');

/** A database holding the demo organisation, seeded as `seededStore('postgres')` promises. */
export const seededDatabase = () => newDatabase(SEEDED_TEMPLATE);
