import { chromium } from 'playwright-core';
import { serveDist } from './tests/helpers/server.ts';
import { BROWSER_ARGS } from './tests/helpers/browser.ts';
const site = await serveDist('/work/main/.test-builds/sub/dist', '/mlops-notes/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
const [path, selector, w, theme, idx, out] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(w), height: 812 }, colorScheme: theme });
const p = await ctx.newPage();
await p.goto(site.url + path.replace(/^\//, ''));
if (selector === 'page') await p.screenshot({ path: out });
else { const el = p.locator(selector).nth(Number(idx ?? 0)); await el.scrollIntoViewIfNeeded(); await p.evaluate(() => document.querySelector('.site-header').style.position = 'static'); await el.screenshot({ path: out }); }
await browser.close(); await site.close();
