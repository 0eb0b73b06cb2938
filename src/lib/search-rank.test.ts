import { describe, expect, it } from 'vitest';
import { orderResults, typingQuery } from './search-rank';

describe('orderResults', () => {
  const g = new Set(['g1', 'g2', 'g3']);
  it('keeps one glossary entry in the top 3 and moves the others below the lessons', () => {
    expect(orderResults(['g1', 'g2', 'l1', 'g3', 'l2', 'l3'], g)).toEqual(['l1', 'g1', 'l2', 'g2', 'g3', 'l3']);
  });
  it('leaves an order with at most one glossary entry on top alone', () => {
    expect(orderResults(['l1', 'g1', 'l2', 'g2'], g)).toEqual(['l1', 'g1', 'l2', 'g2']);
  });
  it('shows glossary entries when nothing else matched', () => {
    expect(orderResults(['g1', 'g2', 'l1'], g)).toEqual(['l1', 'g1', 'g2']);
    expect(orderResults(['g1', 'g2', 'g3'], g)).toEqual(['g1', 'g2', 'g3']);
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
