// The course for AI assistants: llms.txt maps every lesson and lab to its Markdown twin, and each twin holds its page's text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from './helpers/site';

const dist = inject('subDist');
const base = '/mlops-notes/';
const origin = 'https://example.github.io';
const llms = readFileSync(join(dist, 'llms.txt'), 'utf8');
const full = readFileSync(join(dist, 'llms-full.txt'), 'utf8');
const lessonPages = readPages(dist, base).filter((p) =>
  /<article class="lesson"[^>]*data-lesson-id="[a-z0-9-]+\/[a-z0-9-]+"/.test(p.html),
);
const labPages = readPages(dist, base).filter((p) => /^\/mlops-notes\/labs\/[a-z0-9-]+\/$/.test(p.url));
/** The article's own section headings (not the layout's), as plain text with straight quotes. */
const LAYOUT = new Set(['objectives', 'prerequisites', 'in-the-lab', 'self-check', 'toc-title', 'lab-parts']);
const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|[‘’]/g, "'")
    .replace(/&quot;|[“”]/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/`/g, '')
    .trim();
const headingsOf = (html: string) =>
  [...html.matchAll(/<h2 id="([^"]+)"[^>]*>(.*?)<\/h2>/g)].filter((m) => !LAYOUT.has(m[1]!)).map((m) => plain(m[2]!));

describe('llms.txt', () => {
  it('starts with the course title and summary, as the llms.txt proposal asks', () => {
    expect(llms).toMatch(/^# .+\n\n> .+\n/);
  });
  it('links every lesson and lab to a Markdown twin that exists under the base', () => {
    const links = [...llms.matchAll(/\]\((https:\/\/example\.github\.io\/mlops-notes\/[^)]+\.md)\)/g)].map((m) => m[1]!);
    expect(links.length).toBe(lessonPages.length + labPages.length);
    for (const page of [...lessonPages, ...labPages]) expect(links).toContain(`${origin}${page.url.replace(/\/$/, '.md')}`);
    for (const link of links) expect(existsSync(join(dist, link.slice(`${origin}${base}`.length))), link).toBe(true);
  });
});

describe.each(lessonPages.map((p) => [p.url, p]))('the Markdown twin of %s', (url, page) => {
  const md = readFileSync(join(dist, url.slice(base.length).replace(/\/$/, '.md')), 'utf8');
  it("holds the page's title and section headings, and no raw JSX", () => {
    const title = plain(/<h1[^>]*>(.*?)<\/h1>/.exec(page.html)![1]!);
    expect(plain(md.split('\n')[0]!)).toBe(`# ${title}`);
    const mdHeadings = [...md.matchAll(/^## (.+)$/gm)].map((m) => plain(m[1]!));
    for (const h of headingsOf(page.html)) expect(mdHeadings, h).toContain(h);
    expect(md).not.toMatch(/<\/?(Term|Callout|Solution|Fact|Tabs?|Figure)\b/);
    expect(md).not.toMatch(/file="examples\//);
    expect(full).toContain(md.split('\n')[0]!);
  });
});
