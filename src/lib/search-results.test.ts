import { describe, expect, it } from 'vitest';
import { KINDS } from './search-query';
import { isGlossary, rankedResults, settleDelay, statusText, typingQuery } from './search-results';

/** Fake Pagefind results: ids starting with `g` are glossary entries; `loaded` records which data() ran. */
function fake(ids: string[]) {
  const loaded: string[] = [];
  const results = ids.map((id) => ({ data: async () => (loaded.push(id), id) }));
  return { results, loaded };
}
async function all(ids: string[]) {
  const { results } = fake(ids);
  const next = rankedResults(results, (id) => id.startsWith('g'));
  const out: string[] = [];
  for (let d = await next(); d; d = await next()) out.push(d);
  return out;
}

describe('rankedResults', () => {
  it('leads with a lesson and keeps one glossary entry in the top 3, the rest in score order', async () => {
    expect(await all(['g1', 'g2', 'l1', 'g3', 'l2', 'l3'])).toEqual(['l1', 'g1', 'l2', 'g2', 'g3', 'l3']);
  });
  it('leaves an order with a lesson first and one glossary entry on top alone', async () => {
    expect(await all(['l1', 'g1', 'l2', 'g2'])).toEqual(['l1', 'g1', 'l2', 'g2']);
  });
  it('shows glossary entries when nothing else matched', async () => {
    expect(await all(['g1', 'g2', 'l1'])).toEqual(['l1', 'g1', 'g2']);
    expect(await all(['g1', 'g2', 'g3'])).toEqual(['g1', 'g2', 'g3']);
  });
  it('loads a result only when its place is decided', async () => {
    const { results, loaded } = fake(['l1', 'l2', 'g1', 'l3', 'l4']);
    const next = rankedResults(results, (id) => id.startsWith('g'));
    expect(await next()).toBe('l1');
    expect(await next()).toBe('l2');
    expect(loaded).toEqual(['l1', 'l2']);
  });
  it('looks only so far for a lesson to lead', async () => {
    const ids = ['g1', 'g2', 'g3', 'l1'];
    const { results, loaded } = fake(ids);
    expect(await rankedResults(results, (id) => id.startsWith('g'), 3, 2)()).toBe('g1');
    expect(loaded).toEqual(['g1', 'g2', 'g3']);
  });
  it('ends when every result is placed', async () => {
    const next = rankedResults(fake([]).results, () => false);
    expect(await next()).toBeUndefined();
  });
});

describe('isGlossary', () => {
  it('knows the glossary kind by the one name the pages and records use', () => {
    expect(isGlossary({ filters: { kind: [KINDS.glossary] } })).toBe(true);
    expect(isGlossary({ filters: { kind: [KINDS.lesson] } })).toBe(false);
    expect(isGlossary({ filters: {} })).toBe(false);
  });
});

describe('settleDelay', () => {
  it('waits twice the typing rhythm, between 50 and 300 ms', () => {
    expect(settleDelay([120, 130, 110])).toBe(240);
    expect(settleDelay([30, 30, 30])).toBe(60);
    expect(settleDelay([10, 12])).toBe(50);
    expect(settleDelay([400, 500, 450])).toBe(300);
  });
  it('uses the median, so one hesitation does not stretch it', () => {
    expect(settleDelay([100, 100, 900])).toBe(200);
  });
  it('waits 150 ms after a paste or a first key', () => expect(settleDelay([])).toBe(150));
});

describe('statusText', () => {
  it('counts, names the query and the filters', () => {
    expect(statusText(1, 'dag', [])).toBe('1 result for “dag”');
    expect(statusText(42, 'kubernetes rollout', ['Lab', 'Cloud computing'])).toBe(
      '42 results for “kubernetes rollout” in Lab, Cloud computing',
    );
    expect(statusText(7, '', ['Lab'])).toBe('7 results in Lab');
  });
  it('says what to try when nothing matched', () => {
    expect(statusText(0, 'qwxzjvv', [])).toBe('No results for “qwxzjvv”. Try fewer or other words, check the spelling.');
    expect(statusText(0, 'dag', ['Lab'])).toBe(
      'No results for “dag”. Try fewer or other words, check the spelling, or clear the filters.',
    );
    expect(statusText(0, '', [])).toBe('');
  });
});

describe('typingQuery', () => {
  it('leaves out a trailing one- or two-letter word while typing', () => {
    expect(typingQuery('kubernetes ro')).toBe('kubernetes');
    expect(typingQuery('kubernetes rol')).toBe('kubernetes rol');
    expect(typingQuery('ML')).toBe('ML');
    expect(typingQuery('CI CD ')).toBe('CI CD');
  });
});
