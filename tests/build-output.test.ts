// Every built page, under a sub-path and at the root: complete HTML, and every internal link resolves.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../src/lib/link-check';
import { pageWeight } from '../src/lib/page-weight';
import { notebookProblems } from './helpers/notebook';
import { listFiles, readPages } from './helpers/site';

const builds = [
  { name: 'under /mlops-notes/', dist: inject('subDist'), base: '/mlops-notes/' },
  { name: 'at the root', dist: inject('rootDist'), base: '/' },
];

describe.each(builds)('the site built $name', ({ dist, base }) => {
  const pages = readPages(dist, base);
  const files = new Set(listFiles(dist).map((f) => base + relative(dist, f).split(sep).join('/')));

  it('has every kind of page', () => {
    const urls = pages.map((p) => p.url);
    for (const path of [
      '',
      'glossary/',
      'syllabus/',
      'labs/',
      'search/',
      '404.html',
      'cloud/',
      'cloud/service-models/',
      'training/mlflow-vs-airflow/',
    ]) {
      expect(urls).toContain(base + path);
    }
  });

  it('forwards the old address of a moved lesson to its new one', () => {
    const html = readFileSync(join(dist, 'tools', 'jupyter-and-terminal', 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}foundations/jupyter-and-terminal/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  const moved = (html: string) => html.includes('http-equiv="refresh"');
  it.each(pages.filter((p) => !moved(p.html)).map((p) => [p.url, p]))(
    '%s has lang, title, description, canonical and one h1',
    (_url, page) => {
      const { html } = page;
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(html).toMatch(/<html lang="en"/);
      expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical).toBe(`https://example.github.io${page.url.replace(/404\.html$/, '404.html')}`);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    },
  );

  it.each(pages.filter((p) => p.html.includes('data-lesson-id="')).map((p) => [p.url.slice(base.length).replace(/\/$/, '')]))(
    'lesson %s stays within the first-load budgets: JS ≤ 4 KB, everything ≤ 40 KB, overhead ≤ 16 KB (gzip)',
    (path) => {
      const w = pageWeight(dist, path, base);
      expect(w.jsFirstLoad, `JS ${w.jsFirstLoad} B`).toBeLessThanOrEqual(4096);
      expect(w.total, `first load ${w.total} B`).toBeLessThanOrEqual(40 * 1024);
      // Everything but the page's own words: markup, CSS and scripts (DESIGN.md's budget).
      const parts = `HTML ${w.html} + CSS ${w.css} + JS ${w.js} − text ${w.text}`;
      expect(w.overhead, `overhead ${w.overhead} B (${parts})`).toBeLessThanOrEqual(16 * 1024);
    },
  );

  it('has no internal link or #anchor that points nowhere, and none that forgets the base', () => {
    expect(checkLinks(pages, files, base)).toEqual([]);
  });

  it('makes no third-party request: scripts, styles, images and fonts are all local', () => {
    for (const page of pages) {
      const external = [...page.html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*?(?:src|href)="(https?:)?\/\/[^"]+"/g)]
        .map((m) => m[0])
        .filter((tag) => !/rel="(canonical|sitemap)"/.test(tag));
      expect(external, page.url).toEqual([]);
      expect(page.html, page.url).not.toMatch(/@import url\(|fonts\.googleapis/);
    }
  });

  it('writes a sitemap and robots.txt that carry the base', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: https://example.github.io${base}sitemap-index.xml`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>https://example.github.io${base}cloud/service-models/</loc>`);
  });

  it('offers every lab as a valid Jupyter notebook', () => {
    for (const page of pages.filter((p) => /^\/(mlops-notes\/)?labs\/[a-z0-9-]+\/$/.test(p.url))) {
      const slug = page.url.split('/').at(-2)!;
      expect(page.html).toContain(`href="${base}labs/${slug}.ipynb" download`);
      expect(notebookProblems(readFileSync(join(dist, 'labs', `${slug}.ipynb`), 'utf8')), slug).toEqual([]);
    }
  });

  it('builds the search index', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('lesson pages', () => {
  const dist = inject('subDist');
  const html = readFileSync(join(dist, 'cloud', 'service-models', 'index.html'), 'utf8');

  it('show breadcrumbs, reading time, objectives, table of contents, self-check and prev/next', () => {
    expect(html).toContain('aria-label="Breadcrumbs"');
    expect(html).toMatch(/\d+ min read/);
    expect(html).toMatch(/Updated <time datetime="\d{4}-\d\d-\d\dT/);
    expect(html).toContain('You will be able to');
    expect(html).toContain('On this page');
    expect(html).toContain('Check yourself');
    expect(html).toMatch(/<details class="quiz-answer"><summary>Show answer<\/summary>/);
    expect(html).toMatch(/rel="prev"/);
    expect(html).toMatch(/rel="next"/);
  });

  it('render diagrams as inline SVG with an accessible name, kept out of the search index', () => {
    expect(html).toMatch(
      /<figure class="diagram" data-pagefind-ignore[^>]*><div class="diagram-scroll" tabindex="0" role="group" aria-label="[^"]+"><svg role="img" aria-label="[^"]+"/,
    );
  });

  it('link glossary terms to their entries with the definition attached', () => {
    expect(html).toMatch(/<a href="\/mlops-notes\/glossary\/#iaas" aria-describedby="term-iaas">/);
  });

  it('carry each definition once per page: later uses of a term point at it', () => {
    const page = readFileSync(join(dist, 'cloud', 'cloud-computing', 'index.html'), 'utf8');
    expect(page.match(/id="term-region"/g)).toHaveLength(1);
    expect(page).toMatch(/<a class="term-again" href="\/mlops-notes\/glossary\/#region" aria-describedby="term-region">/);
  });

  it("list only the current module's lessons in the sidebar", () => {
    const nav = /<nav id="site-nav"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(nav).toContain('data-lesson="cloud/providers"');
    expect(nav).not.toContain('data-lesson="tools/docker"');
  });

  it('load at most 4 KB of JavaScript (gzip) on first load', async () => {
    const { gzipSync } = await import('node:zlib');
    const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const external = [...html.matchAll(/<script\b[^>]*src="\/mlops-notes\/([^"]+)"/g)]
      .map((m) => readFileSync(join(dist, m[1]!), 'utf8'))
      .join('');
    const bytes = gzipSync(inline + external).length;
    expect(bytes).toBeLessThanOrEqual(4096);
  });
});

describe('site links', () => {
  const dist = inject('subDist');
  const links = (html: string, from: RegExp) =>
    [...from.exec(html)![0].matchAll(/<a href="\/mlops-notes\/(labs|glossary|syllabus|search)\/">([^<]+)<\/a>/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );

  it('name the labs, glossary and syllabus alike, in one order, in the header, sidebar, footer and home page', () => {
    const lesson = readFileSync(join(dist, 'cloud', 'service-models', 'index.html'), 'utf8');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const sections = ['Labs labs', 'Glossary glossary', 'Syllabus syllabus'];
    expect(links(lesson, /<nav aria-label="Site"[\s\S]*?<\/nav>/)).toEqual(sections);
    expect(links(lesson, /<ul class="nav-extra">[\s\S]*?<\/ul>/)).toEqual(sections);
    expect(links(lesson, /<nav aria-label="Footer"[\s\S]*?<\/nav>/)).toEqual([...sections, 'Search search']);
    expect(links(home, /<p class="hero-links">[\s\S]*?<\/p>/)).toEqual(sections);
  });
});

describe('lab pages', () => {
  const dist = inject('subDist');
  const slugs = [
    ...readFileSync(join(dist, 'labs', 'index.html'), 'utf8').matchAll(/href="\/mlops-notes\/labs\/([a-z0-9-]+)\/"/g),
  ]
    .map((m) => m[1]!)
    .filter((slug, i, all) => all.indexOf(slug) === i);
  const lab = (slug: string) => readFileSync(join(dist, 'labs', slug, 'index.html'), 'utf8');
  const linked = (html: string, rel: string) =>
    new RegExp(`<a href="/mlops-notes/labs/([a-z0-9-]+)/" rel="${rel}"`).exec(html)?.[1];

  it('lead from one lab to the next in the order of the labs list', () => {
    expect(slugs.length).toBeGreaterThan(2);
    slugs.forEach((slug, i) => {
      expect(linked(lab(slug), 'prev'), slug).toBe(slugs[i - 1]);
      expect(linked(lab(slug), 'next'), slug).toBe(slugs[i + 1]);
    });
  });

  it('show when they were last updated', () => {
    expect(lab(slugs[0]!)).toMatch(/Updated <time datetime="\d{4}-\d\d-\d\dT/);
  });
});

describe('the syllabus', () => {
  it('lists every outline topic and marks the ones no page covers yet', () => {
    const html = readFileSync(join(inject('subDist'), 'syllabus', 'index.html'), 'utf8');
    const course = readFileSync('content/course.yaml', 'utf8');
    for (const id of course.matchAll(/id: ([a-z0-9-]+)/g)) {
      if (html.includes(`id="section-${id[1]}"`) || html.includes(`id="topic-${id[1]}"`)) continue;
      throw new Error(`syllabus lacks outline id ${id[1]}`);
    }
    expect(html).toMatch(/data-covered="yes"/);
  });
});

describe('course order', () => {
  it('follows modules.yaml on the home page and in the sidebar, not the alphabet', () => {
    const html = readFileSync(join(inject('subDist'), 'index.html'), 'utf8');
    const order = [...html.matchAll(/<li class="module-card"><h3><a href="\/mlops-notes\/([a-z-]+)\/"/g)].map((m) => m[1]);
    expect(order).toEqual(['foundations', 'cloud', 'tools', 'devops', 'data', 'training', 'operations', 'agents']);
  });
});
