import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Lint rules, including DESIGN.md's import boundaries: types/ imports nothing local; src/ and
 * cloudfunctions/ never import each other; only store adapters import database drivers;
 * only src/lib/transport touches Taro.cloud.
 */
const DB_DRIVERS = ['pg', '@seald-io/nedb', 'wx-server-sdk'];

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
