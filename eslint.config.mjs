import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const builtinPatterns = [{ regex: '^node:', message: 'Node built-ins are not allowed here.' }];
const builtinPaths = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not allowed here.' }));

/**
 * Who may import whom (docs/ARCHITECTURE.md rule 9): shared → itself; core → never electron; the
 * transports → the core's entry, electron/common and shared; renderer → shared and itself.
 */
const layers = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinPaths,
        patterns: [
          ...builtinPatterns,
          { regex: '^(?!zod$)(?!\\.)', message: 'shared/ imports nothing but zod and itself.' },
          { regex: '^(\\.\\./)+(electron|renderer|tests|resources)(/|$)', message: 'shared/ imports nothing outside itself.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'electron/core runs in plain Node: never import electron.' }],
        patterns: [{ regex: '^(\\.\\./)+(main|preload|web|common|renderer)(/|$)', message: 'electron/core does not depend on a transport or the renderer.' }],
      }],
    },
  },
  // The transports, in the spirit of VS Code's code-layering: the core only through its entry for
  // transports (electron/core/entry.ts, which loads none of the core: it runs in its own process),
  // each other never, shared code in electron/common.
  {
    files: ['electron/main/**/*.ts', 'electron/web/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(\\.\\./)+(electron/)?core(/(?!entry$)|$)', message: "A transport imports the core only through its entry, '../core/entry': the core runs in its own process, and anything more would load it into the transport's." },
          { regex: '^\\.\\./(main|web|preload)(/|$)', message: 'A transport does not import another transport; code they share lives in electron/common.' },
          { regex: '^(\\.\\./)+(renderer|tests|shared)(/|$)', message: 'A transport imports shared code as @shared/… and nothing of the renderer or the tests.' },
        ],
      }],
    },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'electron/common is shared by both transports: no electron.' }],
        patterns: [{ regex: '^\\.\\./', message: 'electron/common imports only Node, npm libraries and @shared/… .' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...builtinPaths,
          { name: 'electron', message: 'The renderer talks to the core only through the api client.' },
          { name: 'better-sqlite3', message: 'The renderer talks to the core only through the api client.' },
          { name: 'pdfmake', message: 'Documents are made in the core.' },
          { name: 'exceljs', message: 'Spreadsheets are made in the core.' },
        ],
        patterns: [
          ...builtinPatterns,
          { regex: '^(\\.\\./)+(electron|tests|resources)(/|$)', message: 'renderer/ imports only @shared/ and itself.' },
          { regex: '^(\\.\\./)+shared(/|$)', message: 'Import shared code as @shared/… .' },
        ],
      }],
    },
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // CommonJS helpers (the stand-in utility process runs them in a worker thread) use require.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['renderer/**/*.tsx', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...layers,
);
