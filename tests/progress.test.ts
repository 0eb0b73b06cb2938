// Scored self-checks and progress that follows the student, in a real browser on the site under /mlops-notes/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSiteSession } from './helpers/session';

const BASE = '/mlops-notes/';
const KEY = `course-progress:v1:${BASE}`;
const LESSON = 'cloud/service-models';
const session = useSiteSession(inject('subDist'), BASE);
const { open, errors } = session;
const poll = { timeout: 10_000 };

/** Answers every self-check question of the page, the first `wrong` of them wrongly, by keyboard. */
async function answerAll(page: Page, wrong = 0) {
  const items = page.locator('.quiz-item');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const answer = Number(await item.getAttribute('data-answer'));
    const choose = i < wrong ? (answer === 0 ? 1 : 0) : answer;
    // Focus the first choice, move with the arrow keys (passing wrong choices checks nothing), then Enter.
    await item.locator('input').first().focus();
    await page.keyboard.press('Space');
    for (let k = 0; k < choose; k++) await page.keyboard.press('ArrowDown');
    expect(await item.getAttribute('data-result')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => item.getAttribute('data-result'), poll).toBe(i < wrong ? 'wrong' : 'right');
  }
  return count;
}
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const goto = (page: Page, path: string) => page.goto(session.url() + path.replace(/^\//, ''));

describe('self-checks that score', () => {
  it('scores first tries, announces the score, remembers it and shows it on the module page and the syllabus', async () => {
    const page = await open(`/${LESSON}/`);
    const total = await answerAll(page, 1);
    const line = page.locator('[data-quiz-score]');
    await expect.poll(() => line.textContent(), poll).toBe(`Your score: ${total - 1} of ${total} right on the first try.`);
    expect(await line.getAttribute('aria-live')).toBe('polite');
    await page.reload();
    await expect.poll(() => line.textContent(), poll).toBe(`Your score: ${total - 1} of ${total} right on the first try.`);
    await goto(page, '/cloud/');
    await expect
      .poll(() => page.locator(`[data-score-for="${LESSON}"]`).textContent(), poll)
      .toBe(`Self-check ${total - 1} of ${total}`);
    await goto(page, '/syllabus/');
    await expect
      .poll(() => page.locator(`[data-score-for="${LESSON}"]`).first().textContent(), poll)
      .toBe(`Self-check ${total - 1} of ${total}`);
    await page.context().close();
  });

  it('tries again from scratch, and all right on the first try marks the lesson done', async () => {
    const page = await open(`/${LESSON}/`);
    await answerAll(page, 2);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('.quiz-item[data-result]').count(), poll).toBe(0);
    const total = await answerAll(page, 0);
    await expect
      .poll(() => page.locator('[data-quiz-score]').textContent(), poll)
      .toBe(`Your score: ${total} of ${total} right on the first try.`);
    await expect.poll(() => page.locator('[data-mark-done]').getAttribute('aria-pressed'), poll).toBe('true');
    await expect.poll(() => page.locator(`.site-nav a[data-lesson="${LESSON}"]`).getAttribute('class'), poll).toMatch(/is-done/);
    await page.context().close();
  });
});

describe('progress that follows the student', () => {
  it('keeps "Mark as done" across reloads and shows it on home, module page, sidebar and syllabus, with where to continue', async () => {
    const page = await open('/cloud/cloud-computing/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed'), poll).toBe('true');
    await goto(page, `/${LESSON}/`);
    await goto(page, '/');
    await expect.poll(() => page.locator('[data-module-lessons]').nth(1).textContent(), poll).toMatch(/^1 of \d+ done$/);
    const resume = page.locator('[data-continue]');
    await expect.poll(() => resume.isVisible(), poll).toBe(true);
    expect(await resume.locator('[data-continue-last] a').getAttribute('href')).toBe(`${BASE}${LESSON}/`);
    expect(await resume.locator('[data-continue-next] a').getAttribute('href')).toMatch(new RegExp(`^${BASE}cloud/[a-z-]+/$`));
    await goto(page, '/cloud/');
    await expect
      .poll(() => page.locator('main a[data-lesson="cloud/cloud-computing"]').getAttribute('class'), poll)
      .toMatch(/is-done/);
    await expect
      .poll(() => page.locator('.site-nav a[data-lesson="cloud/cloud-computing"]').getAttribute('class'), poll)
      .toMatch(/is-done/);
    await goto(page, '/syllabus/');
    await expect
      .poll(() => page.locator('a[data-lesson="cloud/cloud-computing"]').first().getAttribute('class'), poll)
      .toMatch(/is-done/);
    await page.context().close();
  });

  it.each([
    ['invalid JSON', '{oops'],
    ['wrong types', '{"done": 7, "answers": []}'],
    ['an old version', '["cloud/cloud-computing"]'],
  ])('survives %s in storage: resets, says so once, and keeps working', async (_name, raw) => {
    const page = await open('/cloud/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
    await goto(page, `/${LESSON}/`);
    const notice = page.locator('[data-progress-notice]');
    await expect.poll(() => notice.isVisible(), poll).toBe(true);
    expect(await notice.textContent()).toMatch(/could not be read, so it was reset/);
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Done' }).isVisible(), poll).toBe(true);
    expect(await notice.isVisible()).toBe(false);
    await page.context().close();
  });

  it('hides "Mark as done" when storage throws, and the page still works', async () => {
    const before = errors.length;
    const context = await session.browser().newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.url()}${LESSON}/`);
    const item = page.locator('.quiz-item').first();
    await item
      .locator('input')
      .nth(Number(await item.getAttribute('data-answer')))
      .check();
    await expect.poll(() => item.getAttribute('data-result'), poll).toBe('right');
    expect(await page.locator('[data-mark-done]').isVisible()).toBe(false);
    expect(errors.slice(before)).toEqual([]);
    await context.close();
  });
});

describe('export and import', () => {
  it('round-trips progress through a file, and refuses a foreign file without changing anything', async () => {
    const page = await open('/cloud/cloud-computing/');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await goto(page, '/');
    const transfer = page.locator('[data-transfer]');
    await expect.poll(() => transfer.isVisible(), poll).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download', poll),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'course-progress', version: 1, done: ['cloud/cloud-computing'] });
    const saved = await stored(page);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const input = page.locator('input[data-import]');
    await input.setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => page.locator('[data-transfer-status]').textContent(), poll).toBe('Imported: 1 pages done.');
    expect(await stored(page)).toBe(saved);

    const foreign = file.replace(/"course": "[^"]+"/, '"course": "Another course"');
    await input.setInputFiles({ name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(foreign) });
    await expect
      .poll(() => page.locator('[data-transfer-status]').textContent(), poll)
      .toMatch(/^Not imported: .*another course/);
    await input.setInputFiles({ name: 'g.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect.poll(() => page.locator('[data-transfer-status]').textContent(), poll).toMatch(/^Not imported: .*not JSON/);
    expect(await stored(page)).toBe(saved);
    await page.context().close();
  });
});

describe('no errors', () => {
  it('logged nothing to the console', () => expect(errors).toEqual([]));
});
