// Seeds the demo organisation once for the whole run; tests copy it (tests/support/seed-template.ts).
// Workers start after this and inherit the variable.
const { execFileSync } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-seed-template-'));
  execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'seed-template.ts'), dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.ZHDJ_SEED_TEMPLATE = dir;
};
