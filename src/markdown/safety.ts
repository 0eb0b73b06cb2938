// Pure checks for what a lesson may contain: link schemes and MDX expressions that cannot run code.

/** Schemes a lesson may link to; site paths, relative paths and #anchors have none. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto'];

export const ACCEPTED_URLS = 'http(s)://…, mailto:…, a site path (/module/lesson/) or a #anchor';

/** Numeric and the few named entities that can hide a scheme, decoded in case a parser left them. */
const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '');

/**
 * The scheme of a URL that is not allowed (`javascript`, `data`, `vbscript`, `file`, …), or undefined when the URL
 * is safe. Browsers ignore whitespace and control characters in a scheme, so they are removed before looking.
 */
export function unsafeScheme(url: string): string | undefined {
  const cleaned = decodeEntities(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.includes(scheme) ? scheme : undefined;
}

/**
 * True when an MDX expression's source is only comments, whitespace and at most one string literal (`{" "}`,
 * a block comment): nothing that evaluates code. Tokenized, so a comment marker inside a string cannot hide code.
 */
export function isInertExpression(source: string): boolean {
  let strings = 0;
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const token =
      /^\s+/.exec(rest) ??
      /^\/\*[\s\S]*?\*\//.exec(rest) ??
      /^\/\/[^\n]*/.exec(rest) ??
      /^"(?:[^"\\\n]|\\[\s\S])*"/.exec(rest) ??
      /^'(?:[^'\\\n]|\\[\s\S])*'/.exec(rest);
    if (!token) return false;
    if (/^["']/.test(token[0]) && ++strings > 1) return false;
    i += token[0].length;
  }
  return true;
}

/** The value of a string literal expression (`{"x"}` → `x`), or undefined for anything else. */
export function stringLiteral(source: string): string | undefined {
  const s = source.trim();
  if (!/^"(?:[^"\\\n]|\\[\s\S])*"$|^'(?:[^'\\\n]|\\[\s\S])*'$/.test(s)) return undefined;
  // Single quotes become double quotes so JSON can read the escapes.
  const json = s.startsWith("'") ? `"${s.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : s;
  try {
    return JSON.parse(json) as string;
  } catch {
    return undefined;
  }
}
