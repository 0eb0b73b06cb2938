import { describe, expect, it } from 'vitest';
import { parseSearchParams, safeExcerpt, toPagefindFilters, toSearchParams, withHighlight } from './search-query';

describe('search URL state', () => {
  it('round-trips query and filters', () => {
    const state = { query: 'CI/CD & more', modules: ['Cloud computing'], kinds: ['Lesson', 'Lab'] };
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
  });
  it('caps a very long query and tolerates junk', () => {
    expect(parseSearchParams(`?q=${'a'.repeat(5000)}`).query).toHaveLength(500);
    expect(parseSearchParams('?%E0%A4%A').query).toBe('');
  });
  it('gives Pagefind only the filters that are set', () => {
    expect(toPagefindFilters({ query: '', modules: [], kinds: ['Lab'] })).toEqual({ kind: { any: ['Lab'] } });
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and escapes everything else', () => {
    expect(safeExcerpt('a <mark>pod</mark> &lt;script&gt;x&lt;/script&gt; <img src=x onerror=alert(1)>')).toBe(
      'a <mark>pod</mark> &lt;script&gt;x&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;',
    );
  });
});

describe('withHighlight', () => {
  it('adds the query before the hash, spaces collapsed', () => {
    expect(withHighlight('/b/cloud/x/#networks', ' floating   IP ')).toBe('/b/cloud/x/?highlight=floating%20IP#networks');
    expect(withHighlight('/b/x/?a=1', 'dag')).toBe('/b/x/?a=1&highlight=dag');
    expect(withHighlight('/b/x/', '   ')).toBe('/b/x/');
  });
});
