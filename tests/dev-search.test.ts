// `npm run dev` serves search too: an index built in memory from the dev server's pages, nothing in public/.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser';

let dev: ChildProcess;
let url = '';

beforeAll(async () => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)),
  );
  dev = spawn(resolve('node_modules/.bin/astro'), ['dev', '--port', '4399', '--host', '127.0.0.1'], {
    env: { ...env, BASE_PATH: '/mlops-notes/', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${log}`)), 90_000);
    const onData = (d: Buffer) => {
      log += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/mlops-notes\/)/.exec(log);
      if (m) {
        url = m[1]!;
        clearTimeout(timer);
        ready();
      }
    };
    dev.stdout!.on('data', onData);
    dev.stderr!.on('data', onData);
  });
}, 120_000);

afterAll(() => {
  dev?.kill();
});

it('answers a search in the dev server without writing an index into public/', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${url}search/?q=kubectl`, { timeout: 60_000 });
  await page.locator('#page-search-results [role=option]').first().waitFor({ timeout: 90_000 });
  const titles = await page.locator('#page-search-results .search-result-title').allTextContents();
  expect(titles.join('\n')).toMatch(/Kubernetes/);
  await browser.close();
  expect(existsSync('public/pagefind')).toBe(false);
}, 150_000);
