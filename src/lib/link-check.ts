// Checks built HTML: every internal link and #anchor must point at a page and an id that exist.

export interface BuiltPage {
  /** URL path of the page, with the base: `/mlops-notes/cloud/`. */
  url: string;
  html: string;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/g, '"');

/** The ids a page defines. */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/** The source file a page names in `data-source`, for error messages. */
export function pageSource(html: string): string | undefined {
  return /\sdata-source="([^"]+)"/.exec(html)?.[1];
}

/**
 * Problems as `source: link → reason`. `files` lists every built file's URL path (for links to
 * non-HTML files such as `.ipynb` or `.xml`).
 */
export function checkLinks(pages: BuiltPage[], files: Set<string>, base: string): string[] {
  const idsByUrl = new Map(pages.map((p) => [p.url, pageIds(p.html)]));
  const problems: string[] = [];
  for (const page of pages) {
    const source = pageSource(page.html) ?? page.url;
    const html = page.html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<template[\s\S]*?<\/template>/g, '');
    for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = decode(m[1]!);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue; // external
      const url = new URL(href, `http://site${page.url}`);
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        problems.push(`${source}: link "${href}" is outside the site base ${base}`);
        continue;
      }
      const target = idsByUrl.get(path) ?? idsByUrl.get(path.endsWith('/') ? path : `${path}/`);
      if (!target && !files.has(path)) {
        problems.push(`${source}: link "${href}" points to no page`);
        continue;
      }
      const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (anchor && target && !target.has(anchor)) problems.push(`${source}: link "${href}" points to no #${anchor} on ${path}`);
    }
  }
  return [...new Set(problems)];
}
