#!/usr/bin/env node
// npm run lighthouse: builds the site under /mlops-notes/ and prints Lighthouse scores (mobile defaults)
// for the main page types. Not part of npm test: scores depend on the machine's speed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/helpers/server.ts';
import { BROWSER_ARGS, chromiumPath } from '../tests/helpers/browser.ts';
import { astroBuild } from '../tests/helpers/build.ts';

const BASE = '/mlops-notes/';
const build = await astroBuild('lighthouse', { BASE_PATH: BASE });
if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
const dist = build.outDir;
const pages = ['', 'cloud/service-models/', 'training/mlflow-vs-airflow/', 'glossary/', 'search/?q=kubernetes', 'syllabus/'];
if (existsSync(resolve(dist, 'labs', 'hello-chameleon'))) pages.push('labs/hello-chameleon/');

const site = await serveDist(dist, BASE);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...BROWSER_ARGS] });
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
mkdirSync('.lighthouse', { recursive: true });
for (const path of pages) {
  const result = await lighthouse(site.url + path, {
    port: chrome.port,
    output: 'json',
    onlyCategories: categories,
    logLevel: 'error',
  });
  const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
  rows.push({ page: `/${path}`, ...Object.fromEntries(categories.map((c, i) => [c, scores[i]])) });
  writeFileSync(`.lighthouse/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.json`, result.report);
  const misses = Object.values(result.lhr.audits).filter(
    (a) =>
      a.score !== null &&
      a.score < 1 &&
      a.scoreDisplayMode !== 'informative' &&
      a.scoreDisplayMode !== 'manual' &&
      a.scoreDisplayMode !== 'notApplicable',
  );
  if (misses.length) console.log(`/${path}: ${misses.map((a) => a.id).join(', ')}`);
}
chrome.kill();
await site.close();
console.table(rows);
const below = rows.filter((r) => categories.some((c) => r[c] < 100));
if (below.length) {
  console.log(`${below.length} page(s) below 100 in some category (reports in .lighthouse/)`);
  process.exitCode = 1;
}
