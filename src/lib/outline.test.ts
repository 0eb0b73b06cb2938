import { describe, expect, it } from 'vitest';
import { coverage, flattenOutline } from './outline';

describe('flattenOutline', () => {
  it('lists nested topics depth-first with their section and depth', () => {
    const flat = flattenOutline([
      {
        id: 's',
        title: 'S',
        topics: [
          { id: 'a', title: 'A', topics: [{ id: 'b', title: 'B' }] },
          { id: 'c', title: 'C' },
        ],
      },
    ]);
    expect(flat.map((t) => `${t.section}:${t.id}:${t.depth}`)).toEqual(['s:a:0', 's:b:1', 's:c:0']);
  });
});

describe('coverage', () => {
  it('maps each topic to the pages that cover it', () => {
    const map = coverage([
      { id: 'x/1', covers: ['a', 'b'] },
      { id: 'x/2', covers: ['b'] },
    ]);
    expect(map.get('b')).toEqual(['x/1', 'x/2']);
    expect(map.get('zzz')).toBeUndefined();
  });
});
