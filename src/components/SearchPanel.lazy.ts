// The search panel's behaviour (dialog and /search/ page), loaded on first intent. What it shows and when is decided
// by src/lib/search-results.ts; this file wires Pagefind and the DOM to it.
import searchCss from './SearchPanel.css?url';
import { PAGEFIND_OPTIONS } from '../lib/search-options';
import { isGlossary, rankedResults, settleDelay, statusText, typingQuery } from '../lib/search-results';
import { homeUrl } from '../lib/urls';
import { escapeHtml } from '../lib/inline-markdown';
import modules from 'virtual:course-modules';
import {
  KINDS,
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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: { filters?: Record<string, unknown> }): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const BASE = homeUrl();
/** Results shown at most; more load as the student scrolls or arrows down, until this many. */
const MAX_SHOWN = 50;
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

/** The panel, built here rather than sent with every page: query, filters by kind and module, live status, results.
 *  `id` prefixes its element ids (`dialog-search`, `page-search`). */
function panelElement(id: string): HTMLElement {
  const chips = (name: string, values: string[]) =>
    values
      .map((v) => `<label class="chip"><input type="checkbox" name="${name}" value="${escapeHtml(v)}"> ${escapeHtml(v)}</label>`)
      .join('');
  const panel = el('div', 'search-panel');
  panel.dataset.pagefindIgnore = '';
  panel.innerHTML = `<div class="search-input-row"><svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2"><circle cx="11" cy="11" r="7"></circle><path d="m20 20-3.5-3.5"></path></svg><label for="${id}-input" class="sr-only">Search the course</label><input id="${id}-input" class="search-input" name="q" type="search" role="combobox" aria-expanded="false" aria-controls="${id}-results" aria-autocomplete="list" autocomplete="off" spellcheck="false" maxlength="500" placeholder="Search lessons, labs and terms"></div>
<details class="search-filters"><summary>Filters <span class="search-filter-count"></span></summary><fieldset><legend>Kind</legend>${chips('kind', Object.values(KINDS))}</fieldset><fieldset><legend>Module</legend>${chips('module', modules)}</fieldset></details>
<p class="search-status" role="status" aria-live="polite"></p>
<ul id="${id}-results" class="search-results" role="listbox" aria-label="Search results"></ul>`;
  return panel;
}

/** Wires one search panel; returns its query input, its filter checkboxes and a function that runs the search. */
function mountPanel(panel: HTMLElement, onState?: (s: SearchState) => void) {
  const input = panel.querySelector<HTMLInputElement>('.search-input')!;
  const list = panel.querySelector<HTMLUListElement>('.search-results')!;
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const filterCount = panel.querySelector<HTMLElement>('.search-filter-count')!;
  const checks = [...panel.querySelectorAll<HTMLInputElement>('.search-filters input')];
  let active = -1;

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

  /** Appends one result (and up to three section sub-results) as options of the listbox. */
  const append = (r: PagefindResultData, s: SearchState) => {
    const option = (href: string, sub: boolean) => {
      const li = el('li', sub ? 'search-option sub' : 'search-option');
      li.id = `${list.id}-${list.childElementCount}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const a = el('a');
      a.href = s.query ? withHighlight(href, s.query) : href;
      a.tabIndex = -1;
      li.append(a);
      list.append(li);
      return a;
    };
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
  };

  /** True when the list's end is on screen (or within `ahead` pixels below it), so another result would be seen. */
  const roomBelow = (ahead: number) => {
    // A hidden panel (a closed dialog) has no room: the page scrolling under it must not load results.
    if (!list.getClientRects().length) return false;
    const last = list.lastElementChild;
    if (!last) return true;
    const scrolls = /auto|scroll/.test(getComputedStyle(list).overflowY);
    const bottom = Math.min(innerHeight, scrolls ? list.getBoundingClientRect().bottom : Infinity);
    return last.getBoundingClientRect().bottom < bottom + ahead;
  };

  let run = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let lastKey = 0;
  let gaps: number[] = [];
  /** The current query's results in display order, how many there are, and how many are on screen. */
  let next: (() => Promise<PagefindResultData | undefined>) | undefined;
  let total = 0;
  let shown = 0;
  /** The results loading now (for which run), and how many results the student asked for by arrowing past the end. */
  let filling: { run: number; done: Promise<void> } | undefined;
  let want = 0;

  /** Shows the first result, then more while there is room on screen (or until `want`); each loads its own fragment.
   *  `ahead`: once the student scrolls, results load before the end comes into view. */
  const fill = async (mine: number, s: SearchState, ahead = 0): Promise<void> => {
    // One loader at a time; a request that comes meanwhile is looked at again once it is done.
    if (filling?.run === mine) {
      await filling.done;
      return fill(mine, s, ahead);
    }
    const done = (async () => {
      while (mine === run && next && shown < Math.min(total, MAX_SHOWN) && (!shown || shown < want || roomBelow(ahead))) {
        const r = await next();
        if (!r || mine !== run) break;
        if (!shown) {
          list.replaceChildren();
          active = -1;
          input.removeAttribute('aria-activedescendant');
        }
        append(r, s);
        shown++;
        if (shown === 1) status.textContent = statusText(total, s.query, [...s.kinds, ...s.modules]);
      }
    })().finally(() => {
      if (filling?.done === done) filling = undefined;
    });
    filling = { run: mine, done };
    await done;
  };

  /** Pagefind's results for a state; the search started while typing is reused when typing settles on it. */
  let early: { key: string; found: ReturnType<Pagefind['search']> } | undefined;
  const find = (s: SearchState) => {
    const key = JSON.stringify(s);
    if (early?.key !== key) {
      const query = s.query.length >= 2 ? s.query : null;
      early = { key, found: loadPagefind().then((pf) => pf.search(query, { filters: toPagefindFilters(s) })) };
    }
    return early.found;
  };

  /** Runs the query as it stands: its results replace the list once the first one has loaded. */
  const search = async () => {
    clearTimeout(settle);
    const s = state();
    const mine = ++run;
    list.setAttribute('aria-busy', 'true');
    filterCount.textContent = s.modules.length + s.kinds.length ? `(${s.modules.length + s.kinds.length})` : '';
    onState?.(s);
    next = undefined;
    total = shown = want = 0;
    try {
      if (s.query.length < 2 && !s.modules.length && !s.kinds.length) {
        list.replaceChildren();
        status.textContent = '';
      } else {
        const found = await find(s);
        if (mine !== run) return;
        total = found?.results.length ?? 0;
        // Lessons lead and glossary entries stay few near the top, unless the student asked for one kind.
        const mixed = s.kinds.length !== 1;
        next = rankedResults(found?.results ?? [], isGlossary, mixed ? 3 : 0);
        if (!total) {
          list.replaceChildren();
          status.textContent = statusText(0, s.query, [...s.kinds, ...s.modules]);
        }
        await fill(mine, s);
      }
      if (mine !== run) return;
      input.setAttribute('aria-expanded', String(shown > 0));
      list.setAttribute('aria-busy', 'false');
    } catch {
      if (mine !== run) return;
      status.textContent = 'Search is unavailable right now. Browse the modules from the menu instead.';
      list.setAttribute('aria-busy', 'false');
    }
  };

  /** While typing, results are searched for but not shown: their fragments load once typing settles. */
  const typed = () => {
    const now = performance.now();
    // A pause of over a second starts a new burst: the student's rhythm is measured within one.
    gaps = now - lastKey < 1000 ? [...gaps, now - lastKey].slice(-4) : [];
    lastKey = now;
    clearTimeout(settle);
    run++;
    next = undefined;
    list.setAttribute('aria-busy', 'true');
    // Search now for whole words (their results are ready when typing settles); a trailing one- or two-letter
    // word would load index chunks for every word it starts, so only the words before it are preloaded.
    const s = state();
    const words = typingQuery(input.value);
    if (words === s.query && words.length >= 2) void find(s).catch(() => {});
    else if (words.length >= 2)
      void loadPagefind()
        .then((pf) => pf.preload(words, { filters: toPagefindFilters(s) }))
        .catch(() => {});
    settle = setTimeout(() => void search(), settleDelay(gaps));
  };
  const more = () => void fill(run, state(), innerHeight / 2);
  list.addEventListener('scroll', more, { passive: true });
  addEventListener('scroll', more, { passive: true });
  addEventListener('resize', more, { passive: true });

  input.addEventListener('input', typed);
  for (const c of checks) c.addEventListener('change', () => void search());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (down && active === options().length - 1 && shown < Math.min(total, MAX_SHOWN)) {
        // Past the last result shown: load the next one and move to it.
        want = shown + 1;
        void fill(run, state()).then(() => setActive(active + 1));
      } else setActive(active + (down ? 1 : -1));
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
  dialogPanel ??= mountPanel(dialog.insertBefore(panelElement('dialog-search'), dialog.firstChild));
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
export async function mountSearchPage(form: HTMLElement): Promise<void> {
  await styled;
  const initial = parseSearchParams(location.search);
  const p = mountPanel(form.appendChild(panelElement('page-search')), (s) =>
    history.replaceState(history.state, '', `${location.pathname}${toSearchParams(s)}`),
  );
  p.input.value = initial.query;
  for (const c of p.checks) c.checked = (c.name === 'module' ? initial.modules : initial.kinds).includes(c.value);
  if (initial.modules.length || initial.kinds.length)
    p.input.closest('.search-panel')?.querySelector('details')?.setAttribute('open', '');
  void p.search();
  p.input.focus();
}

// This module loads on the first sign of intent: start Pagefind (its code, WebAssembly and entry) at once.
void loadPagefind().catch(() => {});
