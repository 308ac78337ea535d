import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Lint rules, including the import boundaries of docs/architecture.md: types/ imports nothing local; src/ and
 * cloudfunctions/ never import each other; only store adapters import database drivers;
 * only src/lib/transport touches Taro.cloud.
 */
const DB_DRIVERS = ['pg', '@seald-io/nedb', 'wx-server-sdk'];

/** The backend's floors, bottom up: a floor may import the ones below it, never one above. */
const CF = './cloudfunctions';
const INFRASTRUCTURE = [`${CF}/store`, `${CF}/platform`, `${CF}/security`];
const ABOVE_KERNEL = [`${CF}/router`, `${CF}/functions`, `${CF}/hosts`];
const LAYER_ZONES = [
  ...INFRASTRUCTURE.map((target) => ({
    target,
    from: [`${CF}/kernel`, `${CF}/modules`, ...ABOVE_KERNEL],
    message: 'store/, platform/ and security/ are infrastructure: they import only types/, config/ and themselves',
  })),
  {
    target: `${CF}/kernel`,
    from: [`${CF}/modules`, ...ABOVE_KERNEL],
    except: ['./members/members.types.ts'],
    message: 'the kernel imports nothing above it (a module’s document types excepted)',
  },
  {
    target: `${CF}/modules`,
    from: ABOVE_KERNEL,
    message: 'modules import the kernel, never the router or an entry',
  },
  {
    target: `${CF}/router`,
    from: [`${CF}/functions`, `${CF}/hosts`],
    message: 'the router never imports an entry',
  },
  // Modules follow each other through domain events (ADR 0015): quiz announces a pass, study completes plans.
  // Other modules still import each other; study.path's review (path-review.ts) still reads the wrong-answer book.
  {
    target: `${CF}/modules/quiz`,
    from: `${CF}/modules/study`,
    message: 'quiz never imports study: publish a domain event (kernel/events.ts) and consume it in study',
  },
  {
    target: `${CF}/modules/study/!(path-review).ts`,
    from: `${CF}/modules/quiz`,
    message: 'study never imports quiz: consume its events, or read its records through study/quiz-records.ts',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'tests/e2e/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['cloudfunctions/**', 'src/**', 'types/**', 'config/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['types/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./\\.\\.?/', message: 'types/ imports nothing outside types/' },
            { group: ['../src/*', '../cloudfunctions/*', '../config/*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cloudfunctions/**'], message: 'src/ never imports cloudfunctions/: share through types/' },
            {
              regex: '^\\.\\./',
              message: "import from another folder by the alias: '@/…' for src/, '@contract/…' for types/",
            },
          ],
        },
      ],
      // The schemas carry zod, which must stay out of the mini-program: the app takes only their types, and
      // shared constants live in types/labels.ts.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@contract/schemas/*', '@contract/routes/*', '@contract/contract'],
              allowTypeImports: true,
              message: 'the app imports only types from the contract; put shared constants in types/labels.ts',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/lib/transport/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Taro'][property.name='cloud']",
          message: 'Only src/lib/transport touches Taro.cloud',
        },
      ],
    },
  },
  {
    files: ['cloudfunctions/**'],
    ignores: ['cloudfunctions/store/**', 'cloudfunctions/functions/cloud-entry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DB_DRIVERS.map((name) => ({
            name,
            message: 'Only store adapters (and the cloud entry) import database drivers',
          })),
          patterns: [{ group: ['**/src/**'], message: 'cloudfunctions/ never imports src/: share through types/' }],
        },
      ],
    },
  },
);
