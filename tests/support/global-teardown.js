const { rmSync } = require('node:fs');

module.exports = async () => {
  if (process.env.ZHDJ_RUN_DIR) rmSync(process.env.ZHDJ_RUN_DIR, { recursive: true, force: true });
};
