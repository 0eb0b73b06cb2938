import { describe, expect, it } from 'vitest';
import { checkCodeBlock, checkDockerfile, extractCodeBlocks } from './code-blocks';

const block = (lang: string, code: string, meta = '') => ({ lang, meta, code, line: 1 });

describe('extractCodeBlocks', () => {
  it('finds language, meta and line of each fenced block', () => {
    const src = 'Intro\n\n```python title="a.py"\nx = 1\n```\n\n````md\n```js\n```\n````\n';
    expect(extractCodeBlocks(src)).toEqual([
      { lang: 'python', meta: 'title="a.py"', code: 'x = 1', line: 3 },
      { lang: 'md', meta: '', code: '```js\n```', line: 7 },
    ]);
  });
});

describe('checkCodeBlock', () => {
  it.each([
    ['python', 'def f(x):\n    return x + 1\n'],
    ['bash', 'for f in *.csv; do\n  wc -l "$f"\ndone\n'],
    ['yaml', 'apiVersion: v1\nkind: Service\n---\nkind: Pod\n'],
    ['json', '{"a": [1, 2]}'],
    ['typescript', 'const n: number = 1;\nexport default n;'],
    ['javascript', 'import x from "y";\nconsole.log(x?.z);'],
    ['dockerfile', 'ARG V=3.12\nFROM python:${V}-slim\nRUN pip install \\\n  fastapi\nCMD ["python"]'],
    ['hcl', 'this is { not checked'],
  ])('accepts valid %s', (lang, code) => expect(checkCodeBlock(block(lang, code))).toBeUndefined());

  it.each([
    ['python', 'def f(:\n  pass'],
    ['bash', 'if true; then echo hi'],
    ['yaml', 'a: [1, 2\nb: 3'],
    ['json', "{'a': 1}"],
    ['typescript', 'const = 1;'],
    ['dockerfile', 'FORM python:3.12'],
  ])('rejects invalid %s', (lang, code) => expect(checkCodeBlock(block(lang, code))).toBeTruthy());

  it('exempts a block marked fragment', () => expect(checkCodeBlock(block('python', 'def f(:', 'fragment'))).toBeUndefined());
  it('rejects a language nobody checks or lists', () => expect(checkCodeBlock(block('cobol', 'x'))).toMatch(/no checker/));
  it('requires a language', () => expect(checkCodeBlock(block('', 'x'))).toMatch(/needs a language/));
});

describe('checkDockerfile', () => {
  it('requires FROM first and skips heredoc bodies', () => {
    expect(checkDockerfile('RUN echo hi')).toMatch(/FROM/);
    expect(checkDockerfile('FROM alpine\nRUN <<EOF\nanything goes\nEOF\nCMD ["sh"]')).toBeUndefined();
  });
});
