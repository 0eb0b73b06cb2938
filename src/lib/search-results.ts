// What the search panel shows and when, kept pure so the panel, the relevance test and the bench agree.

/**
 * How long after a keystroke typing counts as settled: twice the student's recent rhythm, within bounds.
 * `gaps` are the last few milliseconds between keystrokes; none (a paste, a first key) gives the middle value.
 */
export function settleDelay(gaps: number[], min = 50, max = 300): number {
  if (!gaps.length) return 150;
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return Math.min(max, Math.max(min, 2 * median));
}

/**
 * Pagefind's results in display order, each result's data loaded only when its place is decided, so a panel
 * that shows two results loads two fragments. The order: within the first `top` places a lesson or lab leads
 * and at most one glossary entry appears, unless no other result is found within `lookahead` more; after that,
 * Pagefind's order. Self-contained (no imports): the relevance test runs it in the page as it is written.
 */
export function rankedResults<T>(
  results: { data(): Promise<T> }[],
  isGlossary: (data: T) => boolean,
  top = 3,
  lookahead = 8,
): () => Promise<T | undefined> {
  const loads = new Map<number, Promise<T>>();
  const load = (i: number) => {
    if (!loads.has(i)) loads.set(i, results[i]!.data());
    return loads.get(i)!;
  };
  const used = new Set<number>();
  let placed = 0;
  let termPlaced = false;
  return async () => {
    const candidates = results.map((_, i) => i).filter((i) => !used.has(i));
    if (!candidates.length) return undefined;
    let pick = candidates[0]!;
    if (placed < top && isGlossary(await load(pick)) && (placed === 0 || termPlaced)) {
      // This place wants a lesson or lab: take the next one close behind, if there is one.
      for (const i of candidates.slice(1, 1 + lookahead))
        if (!isGlossary(await load(i))) {
          pick = i;
          break;
        }
    }
    const data = await load(pick);
    if (placed < top && isGlossary(data)) termPlaced = true;
    used.add(pick);
    placed++;
    return data;
  };
}

/** Glossary entries are records of their own kind, KINDS.glossary (written out: the relevance test runs this in a page). */
export const isGlossary = (data: { filters: Record<string, string[] | undefined> }): boolean =>
  data.filters.kind?.[0] === 'Glossary';

/** The live status line: how many results, for what, in which filters; or what to try when nothing matched. */
export function statusText(count: number, query: string, scope: string[]): string {
  const q = query.slice(0, 60);
  const where = scope.length ? ` in ${scope.join(', ')}` : '';
  if (count) return `${count} result${count === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${where}`;
  if (!q) return '';
  return `No results for “${q}”. Try fewer or other words, check the spelling${where ? ', or clear the filters' : ''}.`;
}

/**
 * What to preload while the student is still typing: a trailing word of one or two letters is left out
 * (it would load index chunks for every word with that prefix), unless it is the whole query.
 */
export function typingQuery(raw: string): string {
  const query = raw.trim().slice(0, 500);
  const words = query.split(/\s+/);
  if (words.length > 1 && words.at(-1)!.length < 3 && !/\s$/.test(raw)) return words.slice(0, -1).join(' ');
  return query;
}
