// Inline Markdown in short YAML and frontmatter strings (glossary definitions, quiz questions, choices and
// explanations) to safe HTML: code spans, strong, emphasis and links; everything else is escaped.
import { ACCEPTED_URLS, unsafeScheme } from '../markdown/safety.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const escape = escapeHtml;
const unescape = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** Emphasis and strong on escaped text; `_` only at word edges, so snake_case names stay as written. */
const emphasis = (s: string) =>
  s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(?<![\w])__(?=\S)([\s\S]*?\S)__(?![\w])/g, '<strong>$1</strong>')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '<em>$1</em>')
    .replace(/(?<![\w])_(?=[^\s_])([^_]*?[^\s_])_(?![\w])/g, '<em>$1</em>');

const CODE = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
// A URL may hold one level of balanced parentheses, as in CommonMark (`https://en.wikipedia.org/wiki/X_(y)`).
const LINK = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

/** Text outside code spans: escaped, then links and emphasis. */
function prose(text: string, href: (url: string) => string): string {
  // A backslash keeps a punctuation character literal: as an entity it matches none of the patterns.
  const escaped = escape(text).replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => `&#${c.charCodeAt(0)};`);
  let html = '';
  let last = 0;
  for (const m of escaped.matchAll(LINK)) {
    const url = unescape(m[2]!);
    const scheme = unsafeScheme(url);
    if (scheme) throw new Error(`link "${url}" uses the scheme "${scheme}:", which is not allowed; accepted: ${ACCEPTED_URLS}`);
    html += `${emphasis(escaped.slice(last, m.index))}<a href="${escape(href(url))}">${emphasis(m[1]!)}</a>`;
    last = m.index + m[0].length;
  }
  return html + emphasis(escaped.slice(last));
}

/**
 * Inline Markdown to HTML. `href` turns an author's URL into the page's (the base for site paths); a URL whose
 * scheme could run code throws, so the build fails.
 */
export function inlineMarkdown(text: string, href: (url: string) => string = (url) => url): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(CODE)) {
    // CommonMark: one space is stripped from each end when both have one (so `` `x` `` shows backticks).
    const code = /^ [\s\S]* $/.test(m[2]!) && m[2]!.trim() ? m[2]!.slice(1, -1) : m[2]!;
    html += `${prose(text.slice(last, m.index), href)}<code>${escape(code)}</code>`;
    last = m.index + m[0].length;
  }
  return html + prose(text.slice(last), href);
}

/** Plain text of inline Markdown, for attributes and meta tags. */
export function inlineText(text: string): string {
  return text.replace(/[`*]/g, '');
}
