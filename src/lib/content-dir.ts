// The content folder (COURSE_CONTENT_DIR, default ./content) and the routes a module id may not take.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const contentDir = resolve(process.env.COURSE_CONTENT_DIR || 'content');

export const RESERVED_ROUTES = ['labs', 'glossary', 'syllabus', 'search', '404', 'pagefind', '_astro'];

/**
 * Astro keeps the content it loaded in .astro/ across builds. That store belongs to one content folder: when
 * COURSE_CONTENT_DIR names another (or the folder changed under it), start afresh, so no lesson of another course shows up.
 */
export function forgetOtherContent(dir: string, dotAstro = '.astro'): void {
  const marker = join(dotAstro, 'course-content-dir');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === dir) return;
  for (const file of ['data-store.json', 'content-modules.mjs', 'content-assets.mjs'])
    rmSync(join(dotAstro, file), { force: true });
  mkdirSync(dotAstro, { recursive: true });
  writeFileSync(marker, dir);
}
