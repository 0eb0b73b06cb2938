// What a page transfers before any interaction (gzip), by kind, and its overhead: everything but its own words.
// Shared by `npm run bench` and the build-output tests, so the budgets printed are the budgets tested.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { HastNode } from './hast-node.ts';

export interface PageWeight {
  html: number;
  css: number;
  /** JavaScript files loaded at once, with their static imports. */
  js: number;
  /** JS files plus inline scripts: the first-load JavaScript budget. */
  jsFirstLoad: number;
  total: number;
  /** The page's visible text alone, gzipped: what its words cost. */
  text: number;
  /** total − text: markup, CSS and scripts. */
  overhead: number;
}

const gz = (text: string) => gzipSync(text).length;

/** Visits every node; a visitor returning false skips that node's children. */
function walk(node: HastNode, visit: (n: HastNode) => boolean) {
  if (!visit(node)) return;
  for (const child of node.children ?? []) walk(child, visit);
}

/** The text a reader sees: tags, scripts, styles and SVG removed, whitespace collapsed. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  walk(fromHtml(html) as HastNode, (n) => {
    if (n.type === 'element' && ['script', 'style', 'svg', 'template', 'head'].includes(n.tagName!)) return false;
    if (n.type === 'text') parts.push(n.value!);
    return true;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Measures `dist/<pagePath>/index.html` as served under `base`. */
export function pageWeight(dist: string, pagePath: string, base: string): PageWeight {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const local = (url: string) => join(dist, url.slice(base.length));
  const css: string[] = [];
  const scripts: string[] = [];
  const inline: string[] = [];
  walk(fromHtml(html) as HastNode, (n) => {
    const p = n.properties ?? {};
    if (n.tagName === 'link' && String(p.rel) === 'stylesheet') css.push(readFileSync(local(String(p.href)), 'utf8'));
    if (n.tagName === 'script' && p.src) scripts.push(local(String(p.src)));
    if (n.tagName === 'script' && !p.src) inline.push((n.children ?? []).map((c) => c.value ?? '').join(''));
    return true;
  });
  // Module scripts pull their static imports at once: follow them (each file once).
  const seen = new Set<string>();
  const js: string[] = [];
  const load = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    js.push(code);
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) load(join(file, '..', m[1]!));
  };
  scripts.forEach(load);
  const weight = { html: gz(html), css: css.reduce((n, c) => n + gz(c), 0), js: js.reduce((n, c) => n + gz(c), 0) };
  const total = weight.html + weight.css + weight.js;
  const text = gz(visibleText(html));
  return { ...weight, jsFirstLoad: weight.js + (inline.length ? gz(inline.join('')) : 0), total, text, overhead: total - text };
}
