import { describe, expect, it } from 'vitest';
import { withoutUnusedVariables } from './unused-css-variables';

describe('withoutUnusedVariables', () => {
  it('drops a variable nothing reads and keeps the ones var() reads, wherever they are declared', () => {
    const css = ':root{--a:1px;--b:red;--c:2px;--d:0;--e:1}.x{margin:var(--a);color:var( --c)}';
    expect(withoutUnusedVariables(css)).toBe(':root{--a:1px;--c:2px;}.x{margin:var(--a);color:var( --c)}');
  });
  it('drops a value with quotes, parentheses and semicolons inside them, first, last or alone in its rule', () => {
    const icon = `url("data:image/svg+xml,%3Csvg a='b;c'%3E")`;
    expect(withoutUnusedVariables(`a{--icon:${icon};color:red}`)).toBe('a{color:red}');
    expect(withoutUnusedVariables(`a{color:red;--icon:${icon}}`)).toBe('a{color:red;}');
    expect(withoutUnusedVariables(`a{--icon:calc(1px + (2px;3px))}b{top:0}`)).toBe('a{}b{top:0}');
  });
  it('leaves ordinary properties and a stylesheet without variables alone', () => {
    const css = '.a{color:red;background:url("x;y")}@media (width>=1px){.b{top:0}}';
    expect(withoutUnusedVariables(css)).toBe(css);
  });
});
