/**
 * The LMS package e2e spec, kept out of the default `playwright test` run (its files end in
 * `.lms.ts`, which the default config does not match, and it needs packages built first):
 *
 *   npm run test:e2e:lms      (builds the packages it plays, then runs this config)
 *
 * It serves dist-lms/ through a test LMS (lms-server.ts) on E2E_PORT.
 */
import { defineConfig } from '@playwright/test';
import baseConfig from '../../../playwright.config';

const port = Number(process.env.E2E_PORT ?? 4174);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: '**/*.lms.ts',
  outputDir: '../../../test-results/lms-artifacts',
  use: { ...baseConfig.use, baseURL: origin },
  webServer: {
    command: 'npx tsx test/e2e/lms/lms-server.ts',
    cwd: '../../..',
    url: origin,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
