import { describe, expect, it } from 'vitest';
import { isInertExpression, stringLiteral, unsafeScheme } from './safety';

describe('unsafeScheme', () => {
  it('accepts http, https, mailto, site paths, relative paths and anchors', () => {
    for (const url of [
      'https://nist.gov/',
      'HTTP://x.org',
      'mailto:a@b.c',
      '/cloud/x/',
      '../x/',
      '#intro',
      'x.png',
      '//cdn.x/y',
      '',
    ])
      expect(unsafeScheme(url), url).toBeUndefined();
  });
  it('refuses every other scheme, in any case, entity-encoded or split by whitespace and control characters', () => {
    expect(unsafeScheme('javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(unsafeScheme('vbscript:msgbox')).toBe('vbscript');
    expect(unsafeScheme('data:text/html;base64,PHNjcmlwdD4=')).toBe('data');
    expect(unsafeScheme('&#106;avascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('&#x6A;avascript&colon;alert(1)')).toBe('javascript');
    expect(unsafeScheme(' \tjava\nscript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('java\u0000script:alert(1)')).toBe('javascript');
    expect(unsafeScheme('java&Tab;script:alert(1)')).toBe('javascript');
    expect(unsafeScheme('file:///etc/passwd')).toBe('file');
  });
});

describe('isInertExpression', () => {
  it('accepts a string literal, comments and whitespace', () => {
    for (const e of ['" "', "' '", '/* a note */', ' /* a */ " " // end', '"a \\" b"', ''])
      expect(isInertExpression(e), e).toBe(true);
  });
  it('refuses anything that evaluates code', () => {
    for (const e of [
      'process.env.HOME',
      'import.meta.env',
      'alert(1)',
      '1+1',
      '"a" + "b"',
      '`x`',
      'x',
      '"/*" + x + "*/"',
      '/* */ f()',
      '"a" "b"',
    ])
      expect(isInertExpression(e), e).toBe(false);
  });
});

describe('stringLiteral', () => {
  it('reads a quoted string and nothing else', () => {
    expect(stringLiteral(' "a\\"b" ')).toBe('a"b');
    expect(stringLiteral("'it\\'s'")).toBe("it's");
    expect(stringLiteral('x')).toBeUndefined();
    expect(stringLiteral('"a" + "b"')).toBeUndefined();
  });
});
