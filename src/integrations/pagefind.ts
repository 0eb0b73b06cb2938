// Builds the Pagefind search index from the built pages (nothing generated goes into public/).
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Characters kept inside words so `CI/CD`, `mlflow.log_metric` and `kube-proxy` stay searchable. */
export const PAGEFIND_CONFIG = { includeCharacters: './_-', forceLanguage: 'en' } as const;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'course-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex(PAGEFIND_CONFIG);
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
