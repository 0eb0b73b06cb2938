// Drops the custom properties a stylesheet declares but never reads: Expressive Code declares variables for
// features this site turns off (its copy button's icon, inline buttons, tooltips, selection colours).

/** The stylesheet without the declarations of custom properties that no var() in it reads. */
export function withoutUnusedVariables(css: string): string {
  const read = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
  const variable = /\s*(--[\w-]+)\s*:/y;
  let out = '';
  let i = 0;
  let declarationStart = false;
  while (i < css.length) {
    variable.lastIndex = i;
    const m = declarationStart ? variable.exec(css) : null;
    if (m && !read.has(m[1])) {
      // Skip its value, up to the next ; or } outside quotes and parentheses, and its own ;.
      let j = variable.lastIndex;
      for (let depth = 0, quote = ''; j < css.length; j++) {
        const c = css[j];
        if (quote) quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'") quote = c;
        else if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (depth === 0 && (c === ';' || c === '}')) break;
      }
      i = css[j] === ';' ? j + 1 : j;
      continue;
    }
    const c = css[i++]!;
    out += c;
    declarationStart = c === '{' || c === ';';
  }
  return out;
}
