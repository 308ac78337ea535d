const { execFileSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const path = require('node:path');

module.exports = async () => {
  const { ZHDJ_PG_DIR, ZHDJ_RUN_DIR } = process.env;
  if (ZHDJ_PG_DIR)
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'postgres-template.ts'), 'stop', ZHDJ_PG_DIR],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  if (ZHDJ_RUN_DIR) rmSync(ZHDJ_RUN_DIR, { recursive: true, force: true });
};
