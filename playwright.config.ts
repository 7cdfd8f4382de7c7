import { defineConfig } from '@playwright/test';

/** End-to-end: the built renderer served in browser mode, driven in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Bounds for a hung test, not waits: every step waits on the page's state. CI shares its cores with
  // other work (`npm run test:e2e:stress` runs the suite that way). A bound costs nothing while the
  // state arrives, so they are generous: a PDF or an import step under that load has taken tens of
  // seconds. The seminar page once took 33-70 s to draw 75 participants (a Mantine combobox per
  // cell); with native inputs in its table it draws 100 in about 1 s (tests/bench/seminar-page.bench.ts).
  timeout: 300_000,
  expect: { timeout: 90_000 },
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
