// After the build: fail it when a built page links to a page or #anchor that does not exist.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, type BuiltPage } from '../lib/link-check';

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
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = await listFiles(root);
        const toUrl = (f: string) => base + relative(root, f).split(sep).join('/');
        const pages: BuiltPage[] = await Promise.all(
          all
            .filter((f) => f.endsWith('.html'))
            .map(async (f) => ({ url: toUrl(f).replace(/index\.html$/, ''), html: await readFile(f, 'utf8') })),
        );
        const problems = checkLinks(pages, new Set(all.map(toUrl)), base);
        if (problems.length) throw new Error(`Broken links (${problems.length}):\n  ${problems.join('\n  ')}`);
        logger.info(`checked the links of ${pages.length} pages`);
      },
    },
  };
}
