// Checks built HTML, parsed (never pattern-matched): every internal link and #anchor must point at a page and an
// id that exist, and no page may use one id twice.
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';

export interface BuiltPage {
  /** URL path of the page, with the base: `/mlops-notes/cloud/`. */
  url: string;
  html: string;
}

export interface ParsedPage {
  url: string;
  /** The source file the page names in `<main data-source>`, for error messages. */
  source: string | undefined;
  /** Every element id, in document order, repeats included. */
  ids: string[];
  /** Every `<a href>`. */
  hrefs: string[];
}

/**
 * Reads a page's ids, links and source file; script text and `<template>` content are not part of the page.
 * ultrahtml, Astro's own HTML parser: about ten times faster than a full HTML5 tree on a 1000-page course.
 */
export function parsePage({ url, html }: BuiltPage): ParsedPage {
  const page: ParsedPage = { url, source: undefined, ids: [], hrefs: [] };
  const templates = new Set<unknown>();
  walkSync(parse(html), (node, parent) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'template' || (parent && templates.has(parent))) {
      templates.add(node);
      return;
    }
    const { id, href } = node.attributes as Record<string, string | undefined>;
    if (id) page.ids.push(decodeEntities(id));
    if (node.name === 'a' && href !== undefined) page.hrefs.push(decodeEntities(href));
    if (node.name === 'main' && node.attributes['data-source']) page.source ??= node.attributes['data-source'];
  });
  return page;
}

/** Attribute values come as written: decode the entities an id or a URL may carry. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_m, e: string) => ENTITIES[e]!);

/**
 * Problems as `source: link → reason`. `files` lists every built file's URL path (for links to
 * non-HTML files such as `.ipynb` or `.xml`).
 */
export function linkProblems(pages: ParsedPage[], files: Set<string>, base: string): string[] {
  const idsByUrl = new Map(pages.map((p) => [p.url, new Set(p.ids)]));
  const problems: string[] = [];
  for (const page of pages) {
    const source = page.source ?? page.url;
    for (const href of page.hrefs) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue; // external
      const url = new URL(href, `http://site${page.url}`);
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        problems.push(`${source}: link "${href}" is outside the site base ${base}`);
        continue;
      }
      const target = idsByUrl.get(path) ?? idsByUrl.get(path.endsWith('/') ? path : `${path}/`);
      if (!target && !files.has(path)) {
        problems.push(`${source}: link "${href}" points to no page`);
        continue;
      }
      const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (anchor && target && !target.has(anchor)) problems.push(`${source}: link "${href}" points to no #${anchor} on ${path}`);
    }
  }
  return [...new Set(problems)];
}

/** One problem per id a page uses more than once (a heading can take an id the layout already uses). */
export function duplicateIdProblems(pages: ParsedPage[]): string[] {
  return pages.flatMap((page) => {
    const counts = new Map<string, number>();
    for (const id of page.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts]
      .filter(([, n]) => n > 1)
      .map(
        ([id, n]) =>
          `${page.source ?? page.url}: id "${id}" is used ${n} times on ${page.url}; ids must be unique on a page ` +
          `(a heading's id comes from its text: rename the heading, e.g. "Objectives" collides with the page's own "objectives")`,
      );
  });
}

/** Link problems of built pages (parses each page). */
export function checkLinks(pages: BuiltPage[], files: Set<string>, base: string): string[] {
  return linkProblems(pages.map(parsePage), files, base);
}
