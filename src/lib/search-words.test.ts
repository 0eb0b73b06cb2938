import { describe, expect, it } from 'vitest';
import { wordsFromPath } from './search-words';

describe('wordsFromPath', () => {
  it('drops the base, separators and index', () => {
    expect(wordsFromPath('/mlops-notes/cloud/service-modles/index.html', '/mlops-notes/')).toBe('cloud service modles');
  });
  it('decodes and survives bad escapes', () => {
    expect(wordsFromPath('/kubernetes%20pods/')).toBe('kubernetes pods');
    expect(wordsFromPath('/%E0%A4%A/')).toBe('%E0%A4%A');
  });
});
