import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * The folders a floor must not import: every floor above it, from the top (main, shell, server,
 * facilitator) down through ui, game and services. Lower floors (engine, audio, live, lms,
 * authoring) sit side by side and are checked on their own.
 */
const FLOORS = ['shell', 'server', 'facilitator', 'ui', 'game', 'services'];
function floorsAbove(folder) {
  const index = FLOORS.indexOf(folder);
  const above = index === -1 ? FLOORS : FLOORS.slice(0, index);
  return above.map((name) => `**/${name}/**`);
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'data',
      'dist-lms',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is pure and deterministic: no rendering, audio, DOM, storage, clock or Math.random.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['phaser', 'howler', 'idb'],
          patterns: [
            '**/app/**',
            '**/shell/**',
            '**/services/**',
            '**/ui/**',
            '**/game/**',
            '**/audio/**',
            '**/facilitator/**',
            '**/live/**',
            '**/lms/**',
            '**/server/**',
            // The checker and analyser are authoring tools above the runtime.
            '**/authoring/**',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
        'performance',
        'crypto',
        'fetch',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'The engine has no clock: time comes in as an input.',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded PRNG carried in the run context.',
        },
        { object: 'Date', property: 'now', message: 'Time comes in as an input.' },
      ],
    },
  },
  {
    // The live-room client runs in the browser: no Node modules, nothing from the server, and
    // nothing from the floors above it (the shell and the facilitator use it, not the reverse).
    files: ['src/live/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fastify',
            'socket.io',
            'pg',
            '@electric-sql/*',
            ...floorsAbove('live'),
          ],
        },
      ],
    },
  },
  // The floors of the house: each folder imports only downward (farm-studio's picture agrees).
  ...['services', 'game', 'ui', 'lms', 'authoring'].map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: floorsAbove(folder) }],
    },
  })),
  {
    // The server is Node only: no DOM, and none of the game's browser layers.
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['phaser', 'howler'],
          patterns: ['**/app/**', '**/ui/**', '**/game/**', '**/audio/**'],
        },
      ],
    },
  },
);
