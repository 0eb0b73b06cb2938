// After the build: fail it when a built page links to a page or #anchor that does not exist, or uses an id twice.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/base-path';
import { duplicateIdProblems, linkProblems, parsePage, type ParsedPage } from '../lib/link-check';

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export function courseBuildChecks(): AstroIntegration {
  let base = '/';
  return {
    name: 'course-build-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = await listFiles(root);
        const toUrl = (f: string) => base + relative(root, f).split(sep).join('/');
        // One page at a time: only its ids and links are kept, never every page's HTML at once (peak memory).
        const pages: ParsedPage[] = [];
        for (const f of all.filter((file) => file.endsWith('.html')))
          pages.push(parsePage({ url: toUrl(f).replace(/index\.html$/, ''), html: await readFile(f, 'utf8') }));
        const duplicates = duplicateIdProblems(pages);
        const links = linkProblems(pages, new Set(all.map(toUrl)), base);
        const report = [
          ...(duplicates.length ? [`Duplicate ids (${duplicates.length}):`, ...duplicates] : []),
          ...(links.length ? [`Broken links (${links.length}):`, ...links] : []),
        ];
        if (report.length) throw new Error(report.join('\n  '));
        logger.info(`checked the ids and links of ${pages.length} pages`);
      },
    },
  };
}
