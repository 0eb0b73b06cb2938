// Search cost in a real browser: bytes the first query transfers (UI code included) and warm latency
// from the last keystroke to the first results painted.
import { chromium } from 'playwright-core';
import { serveDist } from '../tests/helpers/server.ts';
import { chromiumPath, BROWSER_ARGS } from '../tests/helpers/browser.ts';

export async function benchSearch(dist, base, queries) {
  const site = await serveDist(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BROWSER_ARGS });
  const page = await browser.newPage();
  await page.goto(`${site.url}cloud/lesson-0001/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    if (sizes && process.env.BENCH_VERBOSE) console.log(req.url(), sizes.responseBodySize);
  });
  await page.keyboard.press('Control+k');
  const input = page.locator('#dialog-search-input');
  await input.waitFor({ state: 'visible' });
  await input.pressSequentially(queries[0]);
  await page.locator('#dialog-search-results [role=option]').first().waitFor({ timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  const firstQueryBytes = bytes;

  const times = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      await input.fill('');
      await page.waitForTimeout(50);
      await page.evaluate(() => {
        const list = document.querySelector('#dialog-search-results');
        const input = document.querySelector('#dialog-search-input');
        window.__lastKey = 0;
        input.addEventListener('keydown', () => (window.__lastKey = performance.now()));
        window.__painted = new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('no results within 10 s')), 10_000);
          new MutationObserver((_, obs) => {
            if (list.querySelector('[role=option]')) {
              obs.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__lastKey)));
            }
          }).observe(list, { childList: true });
        });
      });
      await input.pressSequentially(q, { delay: 30 });
      times.push(await page.evaluate(() => window.__painted));
    }
  }
  times.sort((a, b) => a - b);
  await browser.close();
  await site.close();
  return { firstMs: Math.round(times[Math.floor(times.length / 2)]), samples: times.length, bytes: firstQueryBytes };
}
