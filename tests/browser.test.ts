// What a student does in a browser, against the real site served under /mlops-notes/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useSiteSession } from './helpers/session';
import { readPages } from './helpers/site';

const BASE = '/mlops-notes/';
const dist = inject('subDist');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const session = useSiteSession(dist, BASE);
const { open, errors } = session;

describe('navigation', () => {
  it('goes home → module → lesson → next lesson, all under the base path', async () => {
    const page = await open('/');
    await page
      .getByRole('link', { name: /Cloud computing/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toBe(`${session.url()}cloud/`);
    await page
      .locator('main')
      .getByRole('link', { name: /IaaS, CaaS/ })
      .click();
    await expect.poll(() => page.url()).toBe(`${session.url()}cloud/service-models/`);
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toMatch(/IaaS, CaaS/);
    await page.locator('a[rel="next"]').click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${session.url()}[a-z-]+/[a-z-]+/$`));
    await page.context().close();
  });

  it('opens and closes the mobile menu, and its links work', async () => {
    const page = await open('/cloud/service-models/', { width: 375 });
    const nav = page.locator('#site-nav');
    await expect.poll(() => nav.isVisible()).toBe(false);
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => nav.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await button.click();
    await nav.getByRole('link', { name: /Tools of the trade/ }).click();
    await expect.poll(() => page.url()).toBe(`${session.url()}tools/`);
    await page.context().close();
  });

  it('shows the whole page, navigation included, with JavaScript off', async () => {
    const page = await open('/cloud/service-models/', { width: 375, js: false });
    expect(await page.locator('#site-nav').isVisible()).toBe(true);
    await page.getByText('Show answer').first().click();
    expect(await page.locator('details.quiz-answer').first().getAttribute('open')).not.toBeNull();
    await page.context().close();
  });
});

describe('theme', () => {
  it('follows the system, toggles, and keeps the choice across reloads', async () => {
    const page = await open('/', { theme: 'dark' });
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await theme()).toBe('light');
    await page.reload();
    expect(await theme()).toBe('light');
    // Kept per course: another course on the same origin keeps its own choice.
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('theme:/mlops-notes/');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  it('survives corrupted storage by falling back to the system theme', async () => {
    const page = await open('/', { theme: 'dark' });
    await page.evaluate(() => localStorage.setItem('theme:/mlops-notes/', '{"broken'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.context().close();
  });
});

describe('lesson page', () => {
  it('marks the section in view in the table of contents', async () => {
    const page = await open('/cloud/service-models/');
    const links = page.locator('.toc a');
    const count = await links.count();
    expect(count).toBeGreaterThan(2);
    const target = (await links.nth(2).getAttribute('href'))!;
    await page.locator(target).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id.slice(1))!.scrollIntoView({ block: 'start' }), target);
    await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe(target);
    await page.context().close();
  });

  it('shows alternatives as tabs: one panel at a time, by click or arrow keys; every panel without JavaScript', async () => {
    const page = await open('/cloud/providers/');
    // Their code loads when they come near the screen.
    await page.locator('course-tabs').first().scrollIntoViewIfNeeded();
    const tabs = page.locator('course-tabs').first().locator('[role=tab]');
    await expect.poll(() => tabs.count()).toBeGreaterThan(1);
    const panels = page.locator('course-tabs').first().locator(':scope > [role=tabpanel]');
    const visible = async () => (await panels.evaluateAll((ps) => ps.map((p) => !(p as HTMLElement).hidden))).join();
    expect(await visible()).toMatch(/^true(,false)+$/);
    await tabs.nth(1).click();
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await visible()).toMatch(/^false,true/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    expect(await visible()).toMatch(/^true,false/);
    await page.context().close();
    const plain = await open('/cloud/providers/', { js: false });
    const labels = plain.locator('course-tabs').first().locator('.tab-label');
    expect(await labels.count()).toBeGreaterThan(1);
    for (const label of await labels.all()) expect(await label.isVisible()).toBe(true);
    await plain.context().close();
  });

  it('loads the self-check code only when the questions come near the screen', async () => {
    const page = await open('/cloud/service-models/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
    expect(requests.filter((u) => u.includes('SelfCheck'))).toEqual([]);
    await page.locator('.self-check').scrollIntoViewIfNeeded();
    await expect.poll(() => requests.some((u) => u.includes('SelfCheck'))).toBe(true);
    await page.context().close();
  });

  it('tells the student whether a self-check answer is right and shows the explanation', async () => {
    const page = await open('/cloud/service-models/');
    const item = page.locator('.quiz-item').first();
    const answer = Number(await item.getAttribute('data-answer'));
    const wrong = answer === 0 ? 1 : 0;
    await item.locator('input[type=radio]').nth(wrong).check();
    expect(await item.getAttribute('data-result')).toBe('wrong');
    expect(await item.locator('details').getAttribute('open')).not.toBeNull();
    await item.locator('input[type=radio]').nth(answer).check();
    expect(await item.getAttribute('data-result')).toBe('right');
    expect(await item.locator('.quiz-feedback').textContent()).toBe('Correct.');
    await page.context().close();
  });

  it('copies a code block with its copy button', async () => {
    const page = await open('/tools/docker/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const block = page.locator('.expressive-code').first();
    // The buttons' code loads when a block comes into view.
    await block.scrollIntoViewIfNeeded();
    await block.locator('.copy-code').click();
    await expect.poll(() => block.locator('.copy-code').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // What the student sees, line for line (a blank line copies as one blank line).
    expect(copied).toBe(await block.locator('pre').innerText());
    expect(copied.length).toBeGreaterThan(10);
    await page.context().close();
  });

  it('colours code by token in the light and the dark theme', async () => {
    const colours = async (theme: 'light' | 'dark') => {
      const page = await open('/tools/docker/', { theme });
      // A Dockerfile's FROM is a keyword; the image name after it is in the code's own colour.
      const code = page.locator('.expressive-code code', { hasText: /^FROM /m }).first();
      const [keyword, plain] = await code.evaluate((el) => {
        const from = [...el.querySelectorAll('*')].find((s) => s.textContent === 'FROM')!;
        return [getComputedStyle(from).color, getComputedStyle(el).color];
      });
      await page.context().close();
      return { keyword, plain };
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(light).toEqual({ keyword: 'rgb(191, 52, 65)', plain: 'rgb(36, 41, 46)' });
    expect(dark).toEqual({ keyword: 'rgb(249, 117, 131)', plain: 'rgb(225, 228, 232)' });
  });

  it("shows a term's definition on keyboard focus", async () => {
    const page = await open('/cloud/service-models/');
    const term = page.locator('.term > a').first();
    await term.focus();
    const tip = page.locator('.term-tip').first();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect((await tip.textContent())!.length).toBeGreaterThan(20);
    await page.context().close();
  });
});

describe('progress', () => {
  it('marks a lesson done, shows it in the sidebar and the module counts, and keeps it across reloads', async () => {
    const page = await open('/cloud/service-models/');
    const button = page.locator('[data-mark-done]');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.locator('[data-mark-done]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#site-nav a[data-lesson="cloud/service-models"]').getAttribute('class')).toContain('is-done');
    await page.goto(session.url());
    const total = (await page.locator('[data-module-lessons]').nth(1).getAttribute('data-module-lessons'))!.split(' ').length;
    expect(await page.locator('[data-module-lessons]').nth(1).textContent()).toBe(`1 of ${total} done`);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the lesson without navigation, search or the theme toggle, with answers open', async () => {
    const page = await open('/cloud/service-models/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#site-nav', '.toc', '.site-footer', '.prev-next']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article h1').evaluate((h) => h.getBoundingClientRect().height)).toBeGreaterThan(0);
    // Playwright calls anything inside a closed <details> hidden, so measure the printed box instead.
    expect(
      await page
        .locator('.quiz-answer p')
        .first()
        .evaluate((p) => p.getBoundingClientRect().height),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('wraps long code lines on paper, shows exercise solutions and prints no Copy buttons', async () => {
    const page = await open('/tools/docker/', { width: 800 });
    await page.locator('.expressive-code').first().scrollIntoViewIfNeeded();
    await page.locator('.copy-code').first().waitFor({ state: 'attached', timeout: 10_000 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(
      () => [...document.querySelectorAll('.expressive-code pre')].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
    );
    expect(overflow).toBe(0);
    expect(await page.locator('.copy-code').first().isVisible()).toBe(false);
    expect(
      await page
        .locator('.solution-body')
        .first()
        .evaluate((b) => b.getBoundingClientRect().height),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('hides the phone menu button without JavaScript, since it needs it', async () => {
    const page = await open('/cloud/service-models/', { width: 375, js: false });
    expect(await page.locator('menu-button').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('lab page', () => {
  it('lists the parts with their times and offers the notebook as a button, styled without search loaded', async () => {
    const page = await open('/labs/hello-chameleon/');
    expect(await page.locator('.lab-parts ol').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal');
    expect(await page.locator('.lab-download').evaluate((p) => getComputedStyle(p).display)).toBe('flex');
    expect(await page.getByRole('link', { name: 'Download as notebook' }).getAttribute('href')).toBe(
      '/mlops-notes/labs/hello-chameleon.ipynb',
    );
    await page.context().close();
  });
});

describe('diagrams', () => {
  // Labels are measured as Inter by the diagram renderer; with the fonts this Linux machine has, they must still fit.
  const withDiagrams = readPages(dist, BASE)
    .filter((p) => p.html.includes('class="diagram"'))
    .map((p) => p.url.slice(BASE.length - 1));
  it.concurrent.for(withDiagrams)('%s: every label fits its box', async (path, { expect }) => {
    const page = await open(path);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('.diagram g.node')].flatMap((g) => {
        const rect = g.querySelector('rect');
        const text = g.querySelector('text');
        if (!rect || !text) return [];
        return text.getBBox().width > Number(rect.getAttribute('width')) - 2 ? [text.textContent] : [];
      }),
    );
    await page.context().close();
    expect(overflowing).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  // Moved lessons' old addresses forward at once: nothing to audit there.
  const pages = readPages(dist, BASE)
    .filter((p) => !p.html.includes('http-equiv="refresh"'))
    .map((p) => p.url.slice(BASE.length - 1));
  const phoneSamples = ['/', '/cloud/', '/cloud/service-models/', '/glossary/', '/syllabus/', '/labs/', '/search/', '/404.html'];

  /** axe's violations in each theme, from one page load (the theme switches in place, as the toggle does). */
  async function violations(path: string, width: number): Promise<Record<'light' | 'dark', string[]>> {
    const page = await open(path, { width });
    await page.addScriptTag({ content: axeSource });
    const found = { light: [] as string[], dark: [] as string[] };
    for (const theme of ['light', 'dark'] as const) {
      const result = await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
        return (
          window as unknown as {
            axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
      }, theme);
      found[theme] = result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    }
    await page.context().close();
    return found;
  }

  // A few pages at a time (maxConcurrency in vitest.config.ts): the sweep is most of the suite's time.
  it.concurrent.for(pages)('%s in light and dark at desktop width', async (path, { expect }) => {
    expect(await violations(path, 1280)).toEqual({ light: [], dark: [] });
  });
  it.concurrent.for(phoneSamples)('%s in light and dark at phone width', async (path, { expect }) => {
    expect(await violations(path, 375)).toEqual({ light: [], dark: [] });
  });
});

describe('console', () => {
  it('logged no errors on any page visited', () => expect(errors).toEqual([]));
});
