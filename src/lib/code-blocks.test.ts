import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCodeBlock, checkDockerfile, extractCodeBlocks, withIncludes } from './code-blocks';

const block = (lang: string, code: string, meta = '') => ({ lang, meta, code, line: 1 });

describe('extractCodeBlocks', () => {
  it('finds language, meta and line of each fenced block', () => {
    const src = 'Intro\n\n```python title="a.py"\nx = 1\n```\n\n````md\n```js\n```\n````\n';
    expect(extractCodeBlocks(src)).toEqual([
      { lang: 'python', meta: 'title="a.py"', code: 'x = 1', line: 3, endLine: 5 },
      { lang: 'md', meta: '', code: '```js\n```', line: 7, endLine: 10 },
    ]);
  });
  it("removes a list item's indentation from the code", () => {
    const src = '1. Run it:\n\n   ```bash\n   ls -l\n     echo nested\n   ```\n';
    expect(extractCodeBlocks(src)[0]!.code).toBe('ls -l\n  echo nested');
  });
});

describe('withIncludes', () => {
  const root = mkdtempSync(join(tmpdir(), 'inc-'));
  writeFileSync(join(root, 'app.py'), 'import os\n\n# region predict\ndef predict():\n    return 1\n# endregion predict\n');
  it('replaces an empty fence naming a file with its text and titles it', () => {
    const [b] = withIncludes(extractCodeBlocks('```python file="app.py"\n```\n'), root);
    expect(b).toMatchObject({ code: 'import os\n\ndef predict():\n    return 1', meta: 'title="app.py"' });
  });
  it('takes a region or a line range', () => {
    expect(withIncludes(extractCodeBlocks('```python file="app.py" region="predict"\n```\n'), root)[0]!.code).toBe(
      'def predict():\n    return 1',
    );
    expect(withIncludes(extractCodeBlocks('```python file="app.py" lines="1-1" title="x"\n```\n'), root)[0]).toMatchObject({
      code: 'import os',
      meta: 'title="x"',
    });
  });
  it('names what is missing', () => {
    expect(() => withIncludes(extractCodeBlocks('```python file="nope.py"\n```\n'), root)).toThrow(/nope.py" does not exist/);
    expect(() => withIncludes(extractCodeBlocks('```python file="app.py" region="train"\n```\n'), root)).toThrow(
      /no "# region train"/,
    );
    expect(() => withIncludes(extractCodeBlocks('```python file="../x.py"\n```\n'), root)).toThrow(/inside the repository/);
    expect(() => withIncludes(extractCodeBlocks('```python file="app.py"\nx = 1\n```\n'), root)).toThrow(/must be empty/);
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
