// Orders the suites for two workers to finish together. Jest runs the suites it has timed before longest first;
// a fresh clone has no timings, so Jest would fall back to file size and might start a three-minute suite last.
// These suites are the longest on the 2-core machine (README, Tests); they start first, longest first.
const Sequencer = require('@jest/test-sequencer').default;

const LONGEST_FIRST = [
  'tests/functions/bench-smoke.test.ts',
  'tests/reliability/crash.test.ts',
  'tests/e2e/study.test.ts',
  'tests/functions/bad-input.test.ts',
  'tests/functions/unstorable-text.test.ts',
  'tests/functions/authorization-matrix.test.ts',
  'tests/cluster/two-hosts.test.ts',
  'tests/functions/activities.test.ts',
  'tests/functions/votes.test.ts',
  'tests/e2e/activities.test.ts',
];

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (test) => {
      const index = LONGEST_FIRST.findIndex((suffix) => test.path.endsWith(suffix));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep Jest's own order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
