// The one place that reads the base URL: every internal link is built here.
import { normalizeBase } from './base-path';

const base = normalizeBase(import.meta.env.BASE_URL);

/** `/x/y/` → `<base>x/y/`; keeps query and hash; leaves external URLs alone. */
export function pathWithBase(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || path.startsWith('#')) return path;
  return base + path.replace(/^\/+/, '');
}

/** Removes the base from a pathname, giving the root-relative route (`/cloud/`). */
export function stripBase(pathname: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

export const homeUrl = (): string => pathWithBase('/');
export const moduleUrl = (moduleId: string): string => pathWithBase(`/${moduleId}/`);
/** Lesson ids are `<module>/<slug>`. */
export const lessonUrl = (lessonId: string): string => pathWithBase(`/${lessonId}/`);
/** The page as Markdown, for AI assistants. */
export const lessonMarkdownUrl = (lessonId: string): string => pathWithBase(`/${lessonId}.md`);
export const labMarkdownUrl = (slug: string): string => pathWithBase(`/labs/${slug}.md`);
export const labsUrl = (): string => pathWithBase('/labs/');
export const labUrl = (slug: string): string => pathWithBase(`/labs/${slug}/`);
export const labNotebookUrl = (slug: string): string => pathWithBase(`/labs/${slug}.ipynb`);
export const glossaryUrl = (termId?: string): string => pathWithBase(termId ? `/glossary/#${termId}` : '/glossary/');
export const syllabusUrl = (): string => pathWithBase('/syllabus/');
export const searchUrl = (query?: string): string => pathWithBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
