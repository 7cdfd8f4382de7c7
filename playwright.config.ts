import { defineConfig } from '@playwright/test';

/** End-to-end: the built renderer served in browser mode, driven in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Bounds for a hung test, not waits: every step waits on the page's state. CI shares its cores with
  // other work (`npm run test:e2e:stress` runs the suite that way): on this 2-core machine under
  // that load, the seminar page took 33-70 s to draw 75 participants, so the bounds leave room.
  timeout: 600_000,
  expect: { timeout: 150_000 },
  fullyParallel: false,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 850 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
