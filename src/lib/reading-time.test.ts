import { describe, expect, it } from 'vitest';
import { proseWords, readingMinutes } from './reading-time';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('readingMinutes', () => {
  it('never says zero minutes', () => expect(readingMinutes('---\ntitle: x\n---\nHi.')).toBe(1));
  it('reads prose at about 230 words a minute', () => expect(readingMinutes(words(2300))).toBe(10));
  it('counts code slower than prose', () => {
    const code = '```python\n' + words(750) + '\n```\n';
    expect(readingMinutes(code)).toBe(10);
  });
  it('ignores frontmatter', () => expect(readingMinutes(`---\ntitle: ${words(2000)}\n---\nShort.`)).toBe(1));
});

describe('proseWords', () => {
  it('counts prose, not code or component tags', () => {
    expect(proseWords('---\nt: 1\n---\nOne two <Term id="x">three</Term>.\n```bash\nls -la\n```\n')).toBe(3);
  });
});

describe('proseWords leaves out', () => {
  it('~~~ fences and "Going deeper" asides', () => {
    const src =
      'One two.\n~~~text\nnot prose here\n~~~\n<Callout type="deeper" title="Going deeper: x">\n\nSkip these words.\n\n</Callout>\nThree.';
    expect(proseWords(src)).toBe(3);
  });
});
