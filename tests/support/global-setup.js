// Once per jest run, before any worker starts (workers inherit the environment set here):
// - every temporary folder the run makes (stores, hosts, uploads, PostgreSQL servers, browser profiles) goes
//   under one folder of its own, which global-teardown.js removes whole, so a run leaves nothing in /tmp;
// - the demo organisation is seeded once, and tests copy its files (tests/support/seed-template.ts).
const { execFileSync } = require('node:child_process');
const { chmodSync, mkdirSync, mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async () => {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-run-'));
  // PostgreSQL runs as its own user under here when the tests run as root: it must be able to enter.
  chmodSync(runDir, 0o1777);
  const template = path.join(runDir, 'seed-template');
  mkdirSync(template);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'seed-template.ts'), template], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.ZHDJ_RUN_DIR = runDir;
  process.env.ZHDJ_SEED_TEMPLATE = template;
  process.env.TMPDIR = runDir;
};
