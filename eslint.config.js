// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: domain → lib → store / storage → components → features → app.
// Feature folders are read from disk so a new feature is fenced in automatically.
const featuresDir = new URL('./src/features', import.meta.url);
const features = (existsSync(featuresDir) ? readdirSync(featuresDir, { withFileTypes: true }) : [])
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layer = (from) => ({
  group: [`**/${from}`, `**/${from}/**`, `@/${from}/**`],
  message: `This layer may not import from src/${from}.`,
});

const browserGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'fetch',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Small rooms: a warning past about a screen per function and 250 lines per file (tests,
    // whose cases read best side by side, and the dated tax tables are exempt).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/testing/**', 'src/domain/tax/[a-z][a-z].ts'],
    rules: {
      'max-lines': ['warn', { max: 250, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // No import cycles anywhere in the app: each layer stands on the ones below it.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/domain is pure TypeScript: no React.' },
            { name: 'react-dom', message: 'src/domain is pure TypeScript: no React.' },
            { name: 'recharts', message: 'src/domain is pure TypeScript: no charts.' },
          ],
          patterns: [layer('features'), layer('storage'), layer('app'), layer('components')],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({
          name,
          message: 'src/domain must not touch browser APIs.',
        })),
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('features'),
            layer('app'),
            layer('components'),
            layer('store'),
            layer('storage'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [layer('features'), layer('app'), layer('components'), layer('storage')],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layer('features'), layer('app'), layer('components')] },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('features'), layer('app')] }],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('app'),
            ...features
              .filter((other) => other !== feature)
              .map((other) => ({
                group: [
                  `**/features/${other}`,
                  `**/features/${other}/**`,
                  `../${other}`,
                  `../${other}/**`,
                ],
                message: `Features do not import each other (${feature} → ${other}); compose them in src/app.`,
              })),
          ],
        },
      ],
    },
  })),
  {
    // Only src/storage talks to localStorage; everything else goes through it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/domain/**', '**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'localStorage',
          message: 'Use src/storage; it is the only code that touches localStorage.',
        },
        { name: 'sessionStorage', message: 'Use src/storage.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
