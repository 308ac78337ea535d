// One jest run, several projects: each folder of tests/ gets the environment it needs.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
  },
];

// The app's import aliases (tsconfig.json paths, config/index.ts alias).
const sourceAliases = { '^@/(.*)$': '<rootDir>/src/$1', '^@contract/(.*)$': '<rootDir>/types/$1' };

const { SIGN_NOBODY_IN, SAME_IN_EITHER_MODE } = require('./tests/support/functions-wx-skips');

const project = (name, environment, extra = {}) => ({
  displayName: name,
  testEnvironment: environment,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.{ts,tsx}`],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  ...extra,
  moduleNameMapper: { ...sourceAliases, ...extra.moduleNameMapper },
});

module.exports = {
  projects: [
    project('unit', 'node'),
    project('store', 'node'),
    project('functions', 'node'),
    // The functions suite again through the HTTP host with wx.login sign-in (AUTH_MODE=wx, code2Session
    // through the local adapter): every suite that calls through tests/support/dispatcher.ts or http-host.ts.
    {
      ...project('functions', 'node'),
      displayName: 'functions-wx',
      testPathIgnorePatterns: [...SIGN_NOBODY_IN, ...SAME_IN_EITHER_MODE].map((file) => `/${file.replace('.', '\\.')}`),
      setupFiles: ['<rootDir>/tests/support/auth-mode-wx.js'],
    },
    project('components', 'jsdom', {
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
      // The cloud functions these tests call are Node code: resolve packages as Node does, not as a browser.
      testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
      setupFiles: ['<rootDir>/tests/support/node-globals.js'],
      // Component tests render the app's React components with Taro's components as DOM elements;
      // the weapp page tests load dist/weapp, which bundles the real ones.
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/tests/support/taro-components-mock.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/support/taro-mock.ts',
        // The build imports the kit per component (babel.config.js); here its CommonJS build stands in,
        // without the animation player that needs a canvas at load.
        '^@nutui/nutui-react-taro$':
          '<rootDir>/node_modules/@nutui/nutui-react-taro/dist/cjs/packages/nutui.react.build.js',
        '^(lottie-react|@nutui/lottie-miniprogram)$': '<rootDir>/tests/support/empty-module.js',
        // Stylesheets a component imports mean nothing to jsdom.
        '\\.s?css$': '<rootDir>/tests/support/empty-module.js',
      },
    }),
    project('e2e', 'node'),
    project('cluster', 'node'),
    project('reliability', 'node'),
  ],
  globalSetup: '<rootDir>/tests/support/global-setup.js',
  globalTeardown: '<rootDir>/tests/support/global-teardown.js',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  testSequencer: '<rootDir>/tests/support/slow-first-sequencer.js',
  // Jest's default is one worker per core minus one: a single worker on two cores. The suites spend much of
  // their time waiting on servers, browsers and child processes, so two workers keep both cores busy.
  maxWorkers: 2,
  testTimeout: 60000,
};
