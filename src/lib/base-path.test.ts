import { describe, expect, it } from 'vitest';
import { checkedBase, normalizeBase } from './base-path';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['x', '/x/'],
    ['/x', '/x/'],
    ['/x/', '/x/'],
    ['a/b', '/a/b/'],
  ])('%j → %s', (raw, expected) => expect(normalizeBase(raw)).toBe(expected));
  it('names the variable it was given in its refusal', () => {
    expect(() => checkedBase('../x', 'base')).toThrow(/^base="..\/x" is not a valid base path \(accepted: /);
    expect(() => checkedBase('a b')).toThrow(/^BASE_PATH="a b"/);
    expect(checkedBase('/a/b')).toBe('/a/b/');
  });
});
