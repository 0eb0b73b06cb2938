import { describe, expect, it } from 'vitest';
import { normalizeBase } from './base-path';

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
    expect(() => normalizeBase('../x', 'base')).toThrow(/^base="..\/x" is not a valid base path \(accepted: /);
  });
});
