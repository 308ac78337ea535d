// The functions suites the functions-wx project (the same suites over HTTP with wx.login sign-in) leaves out.

/** Functions suites that sign nobody in: the dev-login host test, the cloud-function entry and its config.json, the bench smoke run. */
const SIGN_NOBODY_IN = ['http-host.test', 'cloud-entry.test', 'openapi-permissions.test', 'bench-smoke.test'];
/**
 * Functions suites that dispatch in-process with identities they make themselves, never through the dispatcher or
 * host the auth mode switches, so a second run would repeat the first call for call
 * (tests/unit/functions-wx-skips.test.ts checks that none of them reaches those helpers).
 */
const SAME_IN_EITHER_MODE = [
  'assistant-eval.test',
  'authorization-matrix.test',
  'demo-notice-attachment.test',
  'event-outbox.test',
  'files-delete.test',
  'models-adapters.test',
  'publicity-board-posts.test',
  'unscoped-admin-writes.test',
];

module.exports = { SIGN_NOBODY_IN, SAME_IN_EITHER_MODE };
