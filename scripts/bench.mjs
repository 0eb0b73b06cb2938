#!/usr/bin/env node
// npm run bench [-- --pages 1000]: cold build time and peak memory, page weight, and search cost on a synthetic course.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageWeight } from '../src/lib/page-weight.ts';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const pages = Number(arg('pages', 1000));
const runs = Number(arg('runs', 2));
const work = resolve('.bench');
const course = join(work, 'course');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const BASE = '/mlops-notes/';

execFileSync(process.execPath, ['scripts/gen-lessons.mjs', '--pages', String(pages), '--out', course], { stdio: 'inherit' });

/** Sum of RSS over a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid) {
  let total = 0;
  const children = new Map();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {}
  }
  const walk = (id) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {}
    for (const c of children.get(id) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

function coldBuild(contentDir = course, out = outDir, cache = cacheDir) {
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const start = performance.now();
  // Exactly what `npm run build` runs (its heap cap included), minus npm itself.
  const command = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build;
  const child = spawn('sh', ['-c', command], {
    env: {
      ...process.env,
      PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
      COURSE_CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: cache,
      BASE_PATH: BASE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
  return new Promise((done, fail) =>
    child.on('close', (code) => {
      clearInterval(timer);
      if (code) fail(new Error(`build failed with code ${code}`));
      else done({ seconds: (performance.now() - start) / 1000, peakMb: peak / 2 ** 20 });
    }),
  );
}

const dirSize = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const results = [];
for (let i = 0; i < runs; i++) {
  const r = await coldBuild();
  console.log(`cold build ${i + 1}: ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB`);
  results.push(r);
}
const best = { seconds: Math.min(...results.map((r) => r.seconds)), peakMb: Math.min(...results.map((r) => r.peakMb)) };
const htmlPages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const weight = pageWeight(outDir, 'cloud/lesson-0001', BASE);

console.log(`\nSynthetic course: ${pages} lessons`);
console.log(`  cold build (best of ${runs}): ${best.seconds.toFixed(1)} s   [budget ≤ 21.0 s = 0.75 × Starlight's 28 s]`);
console.log(`  peak memory (best of ${runs}): ${best.peakMb.toFixed(0)} MB   [budget ≤ 1890 MB = 0.9 × Starlight's 2.1 GB]`);
console.log(
  `  pages: ${htmlPages}   dist: ${(dirSize(outDir) / 2 ** 20).toFixed(1)} MB   search index: ${(dirSize(join(outDir, 'pagefind')) / 2 ** 20).toFixed(1)} MB`,
);
console.log(
  `  lesson page transfer (gzip): HTML ${kb(weight.html)} (inline scripts included), CSS ${kb(weight.css)}, JS files ${kb(weight.js)} = ${kb(weight.total)}; overhead ${kb(weight.overhead)} beside ${kb(weight.text)} of text   [budget ≤ 33.9 KB = 0.5 × Starlight's 67.8 KB]`,
);

if (existsSync('scripts/bench-search.mjs')) {
  const { benchSearch } = await import('./bench-search.mjs');
  const s = await benchSearch(outDir, BASE, ['kubernetes deployment', 'floating', 'mlflow']);
  console.log(
    `  search (warm, UI code included): first results ${s.firstMs} ms after the last keystroke (median of ${s.samples}), ${kb(s.bytes)} transferred for the first query   [budgets ≤ 150 ms, ≤ 150 KB]`,
  );
  console.log(`  JS on first load (files + inline): ${kb(weight.jsFirstLoad)}   [budget ≤ 4 KB]`);

  // A visitor's first query, typed right after a lesson loads; beside Starlight's when its built dist is given
  // (`--starlight path/to/dist`, built from ../shared/bench/starlight over the same lessons, served under the same base).
  const { firstQuery, SITES } = await import('./bench-first-query.mjs');
  const runs3 = async (options) => {
    const all = [];
    for (let i = 0; i < 3; i++) all.push(await firstQuery(options));
    return all.sort((a, b) => a.ms - b.ms)[1];
  };
  const ours = await runs3({ dist: outDir, base: BASE, lesson: 'cloud/lesson-0001/' });
  const line = (name, r) =>
    `  first query "kubernetes rollout" (${name}, median of 3): ${kb(r.bytes)} in ${r.requests} requests, results ${r.ms} ms after the last keystroke`;
  console.log(line('this site', ours));
  const starlight = arg('starlight', undefined);
  if (starlight) {
    const peer = await runs3({ dist: resolve(starlight), base: BASE, lesson: 'cloud/lesson-0001/', site: SITES.starlight });
    console.log(line('Starlight', peer));
    console.log(
      `  ratio this site / Starlight: bytes ${(ours.bytes / peer.bytes).toFixed(2)}, time ${(ours.ms / Math.max(1, peer.ms)).toFixed(2)}`,
    );
  }
}

// The real course: every lesson page's first load and overhead (everything but its own words) against DESIGN.md's budgets.
const realDist = join(work, 'real-dist');
await coldBuild(resolve('content'), realDist, join(work, 'real-cache'));
const lessonPages = readdirSync(join(realDist), { recursive: true })
  .map(String)
  .filter((f) => /^[a-z0-9-]+\/[a-z0-9-]+\/index\.html$/.test(f) && !f.startsWith('labs/'))
  .filter((f) => readFileSync(join(realDist, f), 'utf8').includes('data-lesson-id="'))
  .map((f) => f.replace(/\/index\.html$/, ''));
const weights = lessonPages.map((p) => ({ page: p, ...pageWeight(realDist, p, BASE) })).sort((a, b) => a.total - b.total);
console.log(`\nReal course: ${weights.length} lessons`);
for (const w of weights)
  console.log(
    `  ${w.page}: ${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.jsFirstLoad)}); overhead ${kb(w.overhead)}, text ${kb(w.text)}`,
  );
const worst = [...weights].sort((a, b) => a.overhead - b.overhead).at(-1);
console.log(
  `  median ${kb(weights[Math.floor(weights.length / 2)].total)}, largest ${kb(weights.at(-1).total)}   [budget ≤ 40 KB]; largest overhead ${kb(worst.overhead)} (${worst.page})   [budget ≤ 16 KB]`,
);
