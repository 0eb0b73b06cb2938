import { describe, expect, it } from 'vitest';
import { inlineMarkdown, inlineText } from './inline-markdown';

describe('inlineMarkdown', () => {
  it('renders code, strong and emphasis', () => {
    expect(inlineMarkdown('Run `kubectl get *pods*` **now**, *please*')).toBe(
      'Run <code>kubectl get *pods*</code> <strong>now</strong>, <em>please</em>',
    );
  });
  it('escapes HTML so a definition cannot inject markup', () => {
    expect(inlineMarkdown('<script>alert(1)</script> & "x"')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
  it('gives plain text for attributes', () => expect(inlineText('A `pod` is *small*')).toBe('A pod is small'));
});
