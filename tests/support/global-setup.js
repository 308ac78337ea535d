// Once per jest run, before any worker starts (workers inherit the environment set here):
// - every temporary folder the run makes (stores, hosts, uploads, PostgreSQL servers, browser profiles) goes
//   under one folder of its own, which global-teardown.js removes whole, so a run leaves nothing in /tmp;
// - the demo organisation is seeded once, and tests copy its files (tests/support/seed-template.ts);
// - one PostgreSQL server serves the whole run, the demo organisation seeded once into a template database
//   that tests copy (tests/support/postgres-template.ts); global-teardown.js stops it.
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statfsSync,
} = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Room the run's folder needs at most (stores, PostgreSQL servers, browser profiles, bench data). */
const RUN_BYTES = 4 * 1024 ** 3;

/**
 * In memory where the machine offers it (/dev/shm, with room to spare), else the temporary folder. The stores
 * write their files crash-safely, waiting for the disk at every open and close: some three hundred suites each
 * open and close several, and on a disk that waiting was about a second a suite. A process killed mid-write (the
 * reliability suite) leaves a file in memory just as it would on disk.
 */
function runBase() {
  try {
    accessSync('/dev/shm', constants.W_OK);
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize >= RUN_BYTES) return '/dev/shm';
  } catch {
    // No /dev/shm here: the temporary folder it is.
  }
  return os.tmpdir();
}

module.exports = async () => {
  const runDir = mkdtempSync(path.join(runBase(), 'zhdj-run-'));
  // PostgreSQL runs as its own user under here when the tests run as root: it must be able to enter.
  chmodSync(runDir, 0o1777);
  const template = path.join(runDir, 'seed-template');
  mkdirSync(template);
  const script = (file, args) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(__dirname, file), ...args], {
      env: { ...process.env, TMPDIR: runDir },
    });
  // The two are independent: each seeds its own store, side by side.
  const serverFile = path.join(runDir, 'postgres.json');
  const [embedded, postgres] = await Promise.allSettled([
    script('seed-template.ts', [template]),
    script('postgres-template.ts', ['start', serverFile]),
  ]);
  // A failed set-up never reaches the teardown: a server started here would outlive the run.
  const server = existsSync(serverFile) ? JSON.parse(readFileSync(serverFile, 'utf8')) : null;
  if (embedded.status === 'rejected' || postgres.status === 'rejected') {
    if (server) await script('postgres-template.ts', ['stop', server.dir]);
    throw embedded.status === 'rejected' ? embedded.reason : postgres.reason;
  }
  process.env.ZHDJ_RUN_DIR = runDir;
  process.env.ZHDJ_SEED_TEMPLATE = template;
  if (server) {
    process.env.ZHDJ_PG_URL = server.url;
    process.env.ZHDJ_PG_DIR = server.dir;
  }
  process.env.TMPDIR = runDir;
};
