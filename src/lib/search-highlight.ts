// Pure helpers for the page a search result opens: which words to mark, and the address without them.

/** Words worth highlighting on the page the student lands on. */
export function highlightTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => w.length > 1),
    ),
  ].slice(0, 8);
}

/** Removes `highlight` from an address, keeping everything else. */
export function withoutHighlight(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('highlight');
  return url.pathname + url.search + url.hash;
}
