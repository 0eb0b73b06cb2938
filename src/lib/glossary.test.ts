import { describe, expect, it } from 'vitest';
import { groupByInitial } from './glossary';

describe('groupByInitial', () => {
  it('sorts A–Z ignoring case and groups by first letter, symbols under #', () => {
    const groups = groupByInitial([
      { id: 'pod', term: 'Pod' },
      { id: 'api', term: 'API server' },
      { id: 'iaas', term: 'Infrastructure as a Service' },
      { id: 'a', term: 'artifact' },
      { id: 'n', term: '3-2-1 backup' },
    ]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['#', ['n']],
      ['A', ['api', 'a']],
      ['I', ['iaas']],
      ['P', ['pod']],
    ]);
  });
});
