import { defineConfig } from '@playwright/test';

/**
 * The desktop app itself, driven through Playwright's `_electron` (`npm run test:electron`). Needs
 * the Electron binary (`node node_modules/electron/install.js` downloads it) and `npm run build`;
 * the portable exe's test also needs `npm run dist:win`. Where they are missing the tests skip and
 * say why. The Windows workflow runs them on windows-latest.
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  // Bounds for a hung start, not waits: every step waits on the app's state.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
});
