import { describe, expect, it } from 'vitest';
import { inlineMarkdown, inlineMarkdown as md, inlineText } from './inline-markdown';

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

describe('inlineMarkdown: links, escapes and CommonMark details', () => {
  it('renders code spans, strong, emphasis and links', () => {
    expect(md('Run `docker build -t x .` first')).toBe('Run <code>docker build -t x .</code> first');
    expect(md('a **bold** and *italic* and __strong__ and _em_ word')).toBe(
      'a <strong>bold</strong> and <em>italic</em> and <strong>strong</strong> and <em>em</em> word',
    );
    expect(md('See [the *docs*](https://docs.docker.com/)')).toBe('See <a href="https://docs.docker.com/">the <em>docs</em></a>');
  });
  it('escapes everything else, inside code too', () => {
    expect(md('<script>alert("x")</script> & <b>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
    expect(md('`<img src=x onerror=alert(1)>`')).toBe('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(md('[x](https://a.org/?q="><script>)')).toBe('<a href="https://a.org/?q=&quot;&gt;&lt;script&gt;">x</a>');
  });
  it('keeps code literal and identifiers with underscores as written', () => {
    expect(md('`**not bold**` and `a_b_c`')).toBe('<code>**not bold**</code> and <code>a_b_c</code>');
    expect(md('set max_batch_size and 2 * 3 * 4')).toBe('set max_batch_size and 2 * 3 * 4');
    expect(md('`` a `tick` ``')).toBe('<code>a `tick`</code>');
    expect(md('\\*literal\\* and a lone ` backtick')).toBe('&#42;literal&#42; and a lone ` backtick');
  });
  it('adds the base to site paths through href, and refuses schemes that run code', () => {
    const base = (url: string) => (url.startsWith('/') ? `/mlops-notes${url}` : url);
    expect(md('[Docker](/tools/docker/#layers)', base)).toBe('<a href="/mlops-notes/tools/docker/#layers">Docker</a>');
    expect(() => md('[x](javascript:alert(1))')).toThrow(/link "javascript:alert\(1\)" uses the scheme "javascript:".*accepted/);
    expect(md('[W](https://en.wikipedia.org/wiki/Canary_(disambiguation))')).toBe(
      '<a href="https://en.wikipedia.org/wiki/Canary_(disambiguation)">W</a>',
    );
    expect(() => md('[x](JAVA&#09;SCRIPT:alert(1))')).toThrow(/javascript/);
  });
});
