import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, launched as the browser benchmarks open the app. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (nothing cached) at a clerk's screen: 1366×768, Thai locale, Bangkok time. */
export function clerkContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
}
