// The search UI, loaded on first intent: Pagefind queries, results with section sub-results, keyboard use.
import searchCss from '../styles/search.css?url';
import { PAGEFIND_OPTIONS } from '../lib/search-options';
import { orderResults, typingQuery } from '../lib/search-rank';
import { homeUrl } from '../lib/urls';
import {
  parseSearchParams,
  safeExcerpt,
  toPagefindFilters,
  toSearchParams,
  withHighlight,
  type SearchState,
} from '../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

const BASE = homeUrl();
const MAX_RESULTS = 6;
/** While typing, only the best result's excerpt loads (the same page is usually best for the next letter too,
 *  so it is cached); the rest load once typing settles. Each excerpt is a request of a few KB. */
const FIRST_PAINT = 1;
/** Typing has settled after this long without a keystroke: the whole query runs and every result loads. */
const SETTLED_MS = 250;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: BASE, ...PAGEFIND_OPTIONS });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text) node.textContent = text;
  return node;
};

/** Wires one search panel; returns a function that runs the current search. */
function mountPanel(panel: HTMLElement, onState?: (s: SearchState) => void) {
  const input = panel.querySelector<HTMLInputElement>('.search-input')!;
  const list = panel.querySelector<HTMLUListElement>('.search-results')!;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const filterCount = panel.querySelector<HTMLElement>('.search-filter-count')!;
  const checks = [...panel.querySelectorAll<HTMLInputElement>('.search-filters input')];
  let active = -1;
  let run = 0;

  const state = (): SearchState => ({
    query: input.value.trim().slice(0, 500),
    modules: checks.filter((c) => c.name === 'module' && c.checked).map((c) => c.value),
    kinds: checks.filter((c) => c.name === 'kind' && c.checked).map((c) => c.value),
  });
  const options = () => [...list.querySelectorAll<HTMLElement>('[role=option]')];
  const setActive = (i: number) => {
    const opts = options();
    if (!opts.length) return;
    active = (i + opts.length) % opts.length;
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', opts[active]!.id);
    opts[active]!.scrollIntoView({ block: 'nearest' });
  };

  /** Shows `results`; those before `keep` are already on screen (same pages, same order) and stay, selection included. */
  const render = (results: PagefindResultData[], s: SearchState, keep = 0) => {
    if (!keep) {
      list.replaceChildren();
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
    let n = list.querySelectorAll('[role=option]').length;
    const option = (href: string, sub: boolean) => {
      const li = el('li', sub ? 'search-option sub' : 'search-option');
      li.id = `${list.id}-${n++}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const a = el('a');
      a.href = s.query ? withHighlight(href, s.query) : href;
      a.tabIndex = -1;
      li.append(a);
      list.append(li);
      return a;
    };
    for (const r of results.slice(keep)) {
      const kind = r.filters.kind?.[0] ?? 'Page';
      const a = option(r.url, false);
      const head = el('span', 'search-result-head');
      head.append(
        el('span', 'search-result-title', r.meta.title ?? r.url),
        el('span', `search-kind kind-${kind.toLowerCase()}`, kind),
      );
      a.append(head);
      if (r.meta.module) a.append(el('span', 'search-result-module', r.meta.module));
      const excerpt = el('span', 'search-excerpt');
      excerpt.innerHTML = safeExcerpt(r.excerpt);
      a.append(excerpt);
      for (const sub of (r.sub_results ?? []).filter((x) => x.url !== r.url && x.url.includes('#')).slice(0, 3)) {
        const sa = option(sub.url, true);
        sa.append(el('span', 'search-result-title', sub.title));
        const se = el('span', 'search-excerpt');
        se.innerHTML = safeExcerpt(sub.excerpt);
        sa.append(se);
      }
    }
    input.setAttribute('aria-expanded', String(results.length > 0));
    const scope = [...s.kinds, ...s.modules].join(', ');
    status.textContent = results.length
      ? `${results.length}${results.length === MAX_RESULTS ? '+' : ''} result${results.length === 1 ? '' : 's'}${s.query ? ` for “${s.query.slice(0, 60)}”` : ''}${scope ? ` in ${scope}` : ''}`
      : s.query
        ? `No results for “${s.query.slice(0, 60)}”. Try fewer or other words, check the spelling${scope ? ', or clear the filters' : ''}.`
        : '';
  };

  let settle: ReturnType<typeof setTimeout> | undefined;
  let shown: PagefindResultData[] = [];
  let shownFor = '';

  /** Pagefind's results, lessons first for what they teach (at most one glossary entry in the top 3). */
  const ranked = async (pf: Pagefind, query: string | null, s: SearchState): Promise<PagefindResult[] | undefined> => {
    const filters = toPagefindFilters(s);
    const wantsTerms = !s.kinds.length || s.kinds.includes('Glossary');
    const [all, terms] = await Promise.all([
      pf.search(query, { filters }),
      wantsTerms && s.kinds.length !== 1 ? pf.search(query, { filters: { ...filters, kind: { any: ['Glossary'] } } }) : null,
    ]);
    if (!all) return undefined;
    const byId = new Map(all.results.map((r) => [r.id, r]));
    const order = orderResults(
      all.results.map((r) => r.id),
      new Set(terms?.results.map((r) => r.id) ?? []),
    );
    return order.map((id) => byId.get(id)!);
  };

  /** Runs a search; while typing, a trailing one- or two-letter word waits and only the first excerpts load. */
  const search = async (typing = false) => {
    const s = state();
    const mine = ++run;
    clearTimeout(settle);
    if (typing) settle = setTimeout(() => void search(false), SETTLED_MS);
    // Busy until the settled results are all on screen (assistive technology waits; so do the tests).
    list.setAttribute('aria-busy', String(typing));
    filterCount.textContent = s.modules.length + s.kinds.length ? `(${s.modules.length + s.kinds.length})` : '';
    onState?.(s);
    const query = typing ? typingQuery(input.value) : s.query;
    if (query.length < 2 && !s.modules.length && !s.kinds.length) {
      shown = [];
      shownFor = '';
      render([], s);
      if (!typing) list.setAttribute('aria-busy', 'false');
      return;
    }
    try {
      const pf = await loadPagefind();
      const results = await ranked(pf, query.length >= 2 ? query : null, s);
      if (!results || mine !== run) {
        if (mine === run && !typing) list.setAttribute('aria-busy', 'false');
        return;
      }
      const top = results.slice(0, MAX_RESULTS);
      const first = await Promise.all(top.slice(0, typing ? FIRST_PAINT : MAX_RESULTS).map((r) => r.data()));
      if (mine !== run) return;
      // Keep the list steady while typing: unchanged leading results are not re-rendered.
      // Once typing settles on the query already shown, its results stay (and stay selected): only the rest is added.
      const key = JSON.stringify(s);
      const same =
        key === shownFor && shown.length <= first.length && shown.every((d, i) => d.url === first[i]!.url) ? shown.length : 0;
      if (!same || same < first.length) render((shown = first), s, same);
      shownFor = key;
      if (!typing) list.setAttribute('aria-busy', 'false');
    } catch {
      if (mine === run) status.textContent = 'Search is unavailable right now. Browse the modules from the menu instead.';
      list.setAttribute('aria-busy', 'false');
    }
  };

  input.addEventListener('input', () => void search(true));
  for (const c of checks) c.addEventListener('change', () => void search());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Escape' && panel.closest('dialog')) {
      // One Escape closes the dialog, query or not (Chromium's first Escape would only clear a search field).
      e.preventDefault();
      panel.closest('dialog')!.close();
    } else if (e.key === 'Enter') {
      const target = options()[active >= 0 ? active : 0]?.querySelector('a');
      if (target) {
        e.preventDefault();
        target.click();
      }
    }
  });
  panel.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  return { input, checks, search: () => search() };
}

// The dialog's stylesheet, linked by hand: a CSS import would make Vite ship its preload helper (about 1 KB) to every page.
const styled = new Promise((done) => {
  if (document.querySelector(`link[href="${searchCss}"]`)) return done(undefined);
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchCss });
  link.onload = link.onerror = () => done(undefined);
  document.head.append(link);
});

let dialogPanel: ReturnType<typeof mountPanel> | undefined;

/** Opens the search dialog; focus returns where it was when it closes. */
export async function openDialog(): Promise<void> {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  await styled;
  dialogPanel ??= mountPanel(dialog.querySelector('[data-search-panel]')!);
  if (dialog.open) return;
  const returnTo = document.activeElement as HTMLElement | null;
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  dialogPanel.input.focus();
  dialogPanel.input.select();
  void loadPagefind();
}

// Close when clicking the backdrop.
document.getElementById('search-dialog')?.addEventListener('click', (e) => {
  if (e.target === e.currentTarget) (e.currentTarget as HTMLDialogElement).close();
});

/** The /search/ page: reads ?q=, &module=, &kind= and writes them back as the student searches. */
export function mountSearchPage(panel: HTMLElement): void {
  const initial = parseSearchParams(location.search);
  const p = mountPanel(panel, (s) => history.replaceState(history.state, '', `${location.pathname}${toSearchParams(s)}`));
  p.input.value = initial.query;
  for (const c of p.checks) c.checked = (c.name === 'module' ? initial.modules : initial.kinds).includes(c.value);
  if (initial.modules.length || initial.kinds.length)
    p.input.closest('.search-panel')?.querySelector('details')?.setAttribute('open', '');
  void p.search();
  p.input.focus();
}

// This module loads on the first sign of intent: start Pagefind (its code, WebAssembly and entry) at once.
void loadPagefind().catch(() => {});
