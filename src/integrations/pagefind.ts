// Search index: Pagefind over the built pages plus one record per glossary term. `npm run build` indexes
// dist/ in its own process after Astro exits (scripts/index-search.mjs), so the two never hold memory at
// once; in `astro dev` the same index is built in memory from the dev server's pages, served under <base>pagefind/.
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { normalizeBase } from '../lib/base-path.ts';
import { readGlossary } from '../lib/course-files.ts';
import { inlineText } from '../lib/inline-markdown.ts';
import { KINDS } from '../lib/search-query.ts';

/** Characters kept inside words so `CI/CD`, `mlflow.log_metric` and `kube-proxy` stay searchable. */
export const PAGEFIND_CONFIG = { includeCharacters: './_-', forceLanguage: 'en' } as const;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Glossary terms are results of their own: the term, its abbreviation and aliases all find it. */
async function addGlossary(index: Index): Promise<void> {
  for (const t of readGlossary()) {
    const names = [t.term, t.abbr, ...t.aliases].filter(Boolean).join(' · ');
    const title = t.abbr ? `${t.term} (${t.abbr})` : t.term;
    const r = await index.addCustomRecord({
      url: `/glossary/#${t.id}`,
      // Names repeated so a term outranks pages that merely mention it.
      content: `${names}. ${names}. ${inlineText(t.definition)}`,
      language: 'en',
      meta: { title, module: KINDS.glossary },
      filters: { kind: [KINDS.glossary] },
    });
    if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join('; ')}`);
  }
}

/** Crawls the dev server from the home page and indexes what it finds. */
async function buildDevIndex(origin: string, base: string): Promise<Map<string, Uint8Array>> {
  const { index } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error('Pagefind could not start');
  const seen = new Set<string>();
  const queue = [base];
  while (queue.length && seen.size < 5000) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await fetch(origin + path);
    if (!res.ok || !res.headers.get('content-type')?.includes('text/html')) continue;
    const html = await res.text();
    await index.addHTMLFile({ url: path.slice(base.length - 1), content: html });
    for (const m of html.matchAll(/href="([^"#?]+)[^"]*"/g)) {
      const href = m[1]!;
      if (href.startsWith(base) && href.endsWith('/') && !href.includes('/pagefind/') && !href.includes('/_astro/'))
        queue.push(href);
    }
  }
  await addGlossary(index);
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((f) => [f.path, f.content]));
}

export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'course-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        let files: Promise<Map<string, Uint8Array>> | undefined;
        // Any content change makes the next search rebuild the index.
        server.watcher.on('change', () => (files = undefined));
        server.middlewares.use(async (req, res, next) => {
          // Vite may already have removed the base from req.url.
          const raw = req.url?.split('?')[0] ?? '';
          const url = raw.startsWith(base) ? `/${raw.slice(base.length)}` : raw;
          if (!url.startsWith('/pagefind/')) return next();
          const address = server.httpServer?.address();
          const port = typeof address === 'object' && address ? address.port : 4321;
          files ??= buildDevIndex(`http://127.0.0.1:${port}`, base).then((f) => {
            logger.info(`search index built in memory (${f.size} files)`);
            return f;
          });
          const file = (await files).get(url.slice('/pagefind/'.length));
          if (!file) return next();
          const type = url.endsWith('.js')
            ? 'text/javascript'
            : url.endsWith('.json')
              ? 'application/json'
              : url.endsWith('.css')
                ? 'text/css'
                : 'application/octet-stream';
          res.setHeader('content-type', type);
          res.end(Buffer.from(file));
        });
      },
    },
  };
}

/** Indexes a built site in place: writes <dir>/pagefind/. Returns the number of pages indexed. */
export async function buildSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  await addGlossary(index);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
