// A visitor's first query, as a newcomer feels it: open a lesson, press Ctrl+K, type a query at a steady human
// pace, and measure bytes and requests from the shortcut on, and the time from the last keystroke to the first
// result on screen. Works for this site and for the Starlight peer (Pagefind's default UI), so both are measured alike.
import { chromium } from 'playwright-core';
import { serveDist } from '../tests/helpers/server.ts';
import { chromiumPath, BROWSER_ARGS } from '../tests/helpers/browser.ts';

/** Selectors of each site's search. */
export const SITES = {
  ours: {
    input: '#dialog-search-input',
    result: '#dialog-search-results [role=option]',
    message: '#search-dialog .search-status',
  },
  // A result counts once its title is there (Pagefind's UI first shows empty placeholders).
  starlight: { input: '.pagefind-ui__search-input', result: '.pagefind-ui__result-link', message: '.pagefind-ui__message' },
};

export async function firstQuery({ dist, base, lesson, query = 'kubernetes rollout', site = SITES.ours, keyDelay = 120 }) {
  const server = await serveDist(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: BROWSER_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}${lesson}`, { waitUntil: 'networkidle' });
    let bytes = 0;
    let requests = 0;
    let pending = 0;
    let lastActivity = Date.now();
    page.on('request', () => {
      pending++;
      lastActivity = Date.now();
    });
    page.on('requestfailed', () => {
      pending--;
      lastActivity = Date.now();
    });
    page.on('requestfinished', async (req) => {
      const sizes = await req.sizes().catch(() => undefined);
      requests++;
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      pending--;
      lastActivity = Date.now();
    });
    await page.keyboard.press('Control+k');
    const input = page.locator(site.input).first();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    for (const [i, key] of [...query].entries()) {
      if (i === query.length - 1) {
        // Armed before the last keystroke: resolves when the final query's results are on screen.
        await page.evaluate(
          ({ result, message, query }) => {
            window.__start = performance.now();
            window.__shown = new Promise((resolve) => {
              const check = () => {
                const el = document.querySelector(result);
                const said = document.querySelector(message)?.textContent ?? '';
                const visible = el && el.getBoundingClientRect().height > 0 && el.textContent.trim();
                if (visible && said.includes(query)) resolve(performance.now());
                else requestAnimationFrame(check);
              };
              check();
            });
          },
          { ...site, query },
        );
      }
      await input.press(key === ' ' ? 'Space' : key);
      if (i < query.length - 1) await page.waitForTimeout(keyDelay);
    }
    const ms = Math.round(await page.evaluate(() => window.__shown.then((t) => t - window.__start)));
    // Everything the query loads counts, also after the first result shows: wait for a second without requests.
    const deadline = Date.now() + 15_000;
    while ((pending > 0 || Date.now() - lastActivity < 1000) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    if (pending > 0) throw new Error('the first query was still loading after 15 s');
    return { bytes, requests, ms };
  } finally {
    await browser.close();
    await server.close();
  }
}
