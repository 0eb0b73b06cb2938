// One Chromium and one static server per test file, and pages that record console errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveDist } from './server';

export interface OpenOptions {
  width?: number;
  theme?: 'light' | 'dark';
  js?: boolean;
}

/** Starts the browser and serves `dist` under `base` for the calling test file. */
export function useSiteSession(dist: string, base: string, ignoreError: (message: string) => boolean = () => false) {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDist>>;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist(dist, base);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    errors,
    url: () => site.url,
    browser: () => browser,
    /** Opens a root-relative path of the site in a fresh context. */
    async open(path: string, opts: OpenOptions = {}): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: opts.width ?? 1280, height: 900 },
        colorScheme: opts.theme ?? 'light',
        javaScriptEnabled: opts.js ?? true,
      });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && !ignoreError(m.text()) && errors.push(`${path}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      await page.goto(site.url + path.replace(/^\//, ''));
      return page;
    },
  };
}
