import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its own browsers here: use Debian's Chromium when present
// (or CHROMIUM_PATH), and fall back to Playwright's own browser elsewhere.
// The e2e suite serves the build on a port of its own, so `npm start` (4173) can run beside it;
// E2E_PORT lets several checkouts run their suites at once.
const port = Number(process.env.E2E_PORT ?? 4174);
const origin = `http://127.0.0.1:${port}`;

const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry on CI only, so a rare timing fault on a loaded 2-core machine is seen in the
  // report (marked flaky) instead of blocking the build; locally a failure fails.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: origin,
    viewport: { width: 1280, height: 720 },
    // The built game registers a service worker that fetches everything for offline use;
    // only offline.spec.ts lets it run, so other tests see one page's own requests.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--mute-audio',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --configLoader runner --host 127.0.0.1 --port ${port} --strictPort`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
