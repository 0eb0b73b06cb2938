// Turns ```mermaid title="…"``` blocks into inline SVG at build time: no browser, no client JS.
import { renderMermaidSVG } from 'beautiful-mermaid';

export class DiagramError extends Error {}

/** Attributes holding coordinates: their long decimals are rounded (text content is left alone). */
const GEOMETRY_ATTR =
  / (x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|viewBox|points|d|transform|refX|refY|markerWidth|markerHeight)="([^"]*)"/g;

/** Renders one diagram as a captioned figure; throws DiagramError with a reason when it cannot. */
export function renderDiagram(source: string, meta: string | null | undefined, index: number): string {
  const title = /title="([^"]+)"/.exec(meta ?? '')?.[1];
  if (!title) throw new DiagramError('a mermaid block needs title="…" (its caption and accessible name)');
  let svg: string;
  try {
    svg = renderMermaidSVG(source, {
      bg: 'var(--diagram-bg)',
      fg: 'var(--diagram-fg)',
      accent: 'var(--diagram-accent)',
      transparent: true,
    });
  } catch (error) {
    throw new DiagramError(`invalid mermaid diagram "${title}": ${(error as Error).message}`);
  }
  const prefix = `d${index}-`;
  svg = svg
    .replace(/@import url\([^)]*\);?\s*/g, '') // no third-party font requests
    .replace(/\s*text \{ font-family:[^}]*\}/, '') // the shared rules live once in global.css (.diagram svg)
    .replace(/\s*svg \{\s*\/\* Derived from --bg[^}]*\}/, '')
    .replace(/<style>\s*<\/style>/, '')
    .replace(/ data-[a-z-]+="[^"]*"/g, '') // layout bookkeeping the page never reads
    .replace(
      GEOMETRY_ATTR,
      (_m, name: string, value: string) =>
        ` ${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
    )
    .replace(/ id="([^"]+)"/g, ` id="${prefix}$1"`) // ids unique when a page has several diagrams
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeAttr(title)}" `)
    .replace(/\s*\n\s*/g, ' '); // one line, so Markdown never re-parses part of the SVG
  // Shrinks with the column down to 60% of its drawn size, then scrolls: text stays readable on a phone.
  const width = Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  if (width) svg = svg.replace(/^(<svg[^>]*?) style="/, `$1 style="min-width:${Math.round(width * 0.6)}px;`);
  return `<figure class="diagram" data-pagefind-ignore><div class="diagram-scroll" tabindex="0" role="group" aria-label="${escapeAttr(title)} (scrolls sideways)">${svg}</div><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeHtml(s).replace(/"/g, '&quot;');
