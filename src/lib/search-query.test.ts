import { describe, expect, it } from 'vitest';
import {
  highlightTerms,
  parseSearchParams,
  safeExcerpt,
  toPagefindFilters,
  toSearchParams,
  withHighlight,
  withoutHighlight,
} from './search-query';

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

describe('highlight', () => {
  it('takes the words of a query, trimmed of punctuation', () => {
    expect(highlightTerms('  "Floating IP"?  a (DAG) ')).toEqual(['floating', 'ip', 'dag']);
  });
  it('adds and removes the parameter around the hash', () => {
    expect(withHighlight('/b/cloud/x/#networks', 'floating IP')).toBe('/b/cloud/x/?highlight=floating%20ip#networks');
    expect(withoutHighlight('http://h/b/cloud/x/?highlight=floating%20ip&y=1#networks')).toBe('/b/cloud/x/?y=1#networks');
  });
});
