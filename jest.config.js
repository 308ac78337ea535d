// One jest run, several projects: each folder of tests/ gets the environment it needs.
const swc = [
  '@swc/jest',
  { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
];

const project = (name, environment, extra = {}) => ({
  displayName: name,
  testEnvironment: environment,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  ...extra,
});

module.exports = {
  projects: [
    project('unit', 'node'),
    project('store', 'node'),
    project('functions', 'node'),
    project('components', 'jsdom'),
    project('e2e', 'node'),
  ],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  testTimeout: 60000,
};
