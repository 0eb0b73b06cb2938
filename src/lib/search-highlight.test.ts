import { describe, expect, it } from 'vitest';
import { highlightTerms, withoutHighlight } from './search-highlight';

describe('highlight', () => {
  it('takes the words of a query, trimmed of punctuation', () => {
    expect(highlightTerms('  "Floating IP"?  a (DAG) ')).toEqual(['floating', 'ip', 'dag']);
  });
  it('removes the parameter, keeping the rest of the address', () => {
    expect(withoutHighlight('http://h/b/cloud/x/?highlight=floating%20ip&y=1#networks')).toBe('/b/cloud/x/?y=1#networks');
  });
});
