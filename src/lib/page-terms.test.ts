import { describe, expect, it } from 'vitest';
import { termsOnPage } from './page-terms';

describe('termsOnPage', () => {
  it('remembers terms per page render, not across pages', () => {
    const a = new Request('http://x/a/');
    termsOnPage(a).add('iaas');
    expect(termsOnPage(a).has('iaas')).toBe(true);
    expect(termsOnPage(new Request('http://x/b/')).has('iaas')).toBe(false);
  });
});
