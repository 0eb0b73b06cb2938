// Inline Markdown for short YAML strings (glossary definitions): code, strong, emphasis; everything else escaped.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${part.slice(1, -1)}</code>`
        : part.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/(^|[^*\w])\*([^*]+)\*/g, '$1<em>$2</em>'),
    )
    .join('');
}

/** Plain text of inline Markdown, for attributes and meta tags. */
export function inlineText(text: string): string {
  return text.replace(/[`*]/g, '');
}
