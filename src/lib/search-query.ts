// Pure helpers for the search panel: URL state, Pagefind filters, safe excerpts, result links.
import { escapeHtml } from './inline-markdown.ts';

/** What a search result is (Pagefind's `kind` filter): set by the lesson and lab pages and the glossary's records. */
export const KINDS = { lesson: 'Lesson', lab: 'Lab', glossary: 'Glossary' } as const;

export interface SearchState {
  query: string;
  modules: string[];
  kinds: string[];
}

/** Reads `?q=…&module=…&kind=…` (repeatable filters). */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: (params.get('q') ?? '').slice(0, 500), modules: params.getAll('module'), kinds: params.getAll('kind') };
}

export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const m of state.modules) params.append('module', m);
  for (const k of state.kinds) params.append('kind', k);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object: only filters with a value. */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.modules.length) filters.module = { any: state.modules };
  if (state.kinds.length) filters.kind = { any: state.kinds };
  return filters;
}

/** An excerpt as safe HTML: everything escaped except Pagefind's <mark> tags. */
export function safeExcerpt(excerpt: string): string {
  const decoded = excerpt
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return decoded
    .split(/(<mark>|<\/mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(part)))
    .join('');
}

/** Adds `?highlight=<query>` before the hash of a result URL; the page reached marks the words (SearchHighlight.lazy.ts). */
export function withHighlight(url: string, query: string): string {
  const words = query.trim().replace(/\s+/g, ' ').slice(0, 100);
  if (!words) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
}
