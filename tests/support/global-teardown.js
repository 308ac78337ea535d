const { rmSync } = require('node:fs');

module.exports = async () => {
  if (process.env.ZHDJ_SEED_TEMPLATE) rmSync(process.env.ZHDJ_SEED_TEMPLATE, { recursive: true, force: true });
};
