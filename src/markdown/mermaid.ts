// Turns ```mermaid title="…"``` blocks into inline SVG at build time: no browser, no client JS.
import { renderMermaidSVG } from 'beautiful-mermaid';
import { escapeHtml } from '../lib/inline-markdown.ts';

export class DiagramError extends Error {}

/** Attributes holding coordinates: their long decimals are rounded (text content is left alone). */
const GEOMETRY_ATTR =
  / (x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|viewBox|points|d|transform|refX|refY|markerWidth|markerHeight)="([^"]*)"/g;

/** Smallest text a reader should get, in CSS px. */
export const MIN_TEXT_PX = 12;
/** On a narrow screen a diagram shrinks down to this share of its viewBox width, then scrolls. */
export const MIN_SHRINK = 0.6;
/**
 * The diagram's room in a lesson at a 1280 px window (BaseLayout.css, ArticleLayout.css, mermaid.css): a classic
 * 17 px scrollbar, the 17rem sidebar, the lesson grid's 3rem gap and 15rem "On this page", .lesson's 2 × 2.5rem
 * padding, .diagram-scroll's 2 × 0.75rem padding and 2 × 1px border.
 */
export const DESKTOP_COLUMN = 1280 - 17 - 272 - 48 - 240 - 80 - 24 - 2;

export interface DiagramFit {
  /** Width the SVG is drawn at (its width attribute): where its smallest text is 12 px. */
  drawn: number;
  /** Width the SVG is shown at, in CSS px. */
  width: number;
  /** Shown width ÷ viewBox width. */
  scale: number;
  /** The smallest text as rendered, in CSS px. */
  textPx: number;
  /** True when the diagram is wider than the column even at its smallest, so it scrolls sideways. */
  scrolls: boolean;
}

/**
 * How a diagram renders in a column `column` px wide: drawn at the size where its smallest text is 12 px, narrowed
 * to the column (CSS max-width: 100%) but not below MIN_SHRINK of its viewBox (min-width), past which it scrolls.
 */
export function diagramFit(viewBoxWidth: number, smallestFont: number, column = DESKTOP_COLUMN): DiagramFit {
  const drawn = viewBoxWidth * Math.max(1, MIN_TEXT_PX / smallestFont);
  const minWidth = viewBoxWidth * MIN_SHRINK;
  const width = Math.max(minWidth, Math.min(drawn, column));
  const scale = width / viewBoxWidth;
  return { drawn, width, scale, textPx: smallestFont * scale, scrolls: minWidth > column };
}

/** A sentence for the build log when a diagram is hard to read at 1280 px, else undefined. */
export function fitWarning(title: string, viewBoxWidth: number, fit: DiagramFit): string | undefined {
  if (!fit.scrolls && fit.textPx >= MIN_TEXT_PX - 0.05) return undefined;
  return (
    `diagram "${title}" is ${Math.round(viewBoxWidth)} px wide: at a 1280 px window ` +
    (fit.scrolls
      ? `it scrolls sideways (at least ${Math.round(fit.width)} px in a ${DESKTOP_COLUMN} px column)`
      : `it is scaled by ${fit.scale.toFixed(2)} to fit the ${DESKTOP_COLUMN} px column`) +
    ` and its smallest text renders at ${fit.textPx.toFixed(1)} px (${MIN_TEXT_PX} px wanted: try flowchart TB, fewer nodes side by side or shorter labels)`
  );
}

/** Renders one diagram as a captioned figure with how it fits at 1280 px; throws DiagramError when it cannot. */
export function renderDiagram(
  source: string,
  meta: string | null | undefined,
  index: number,
): { html: string; title: string; viewBoxWidth: number; fit: DiagramFit } {
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
    .replace(/\s*text \{ font-family:[^}]*\}/, '') // the shared rules live once in mermaid.css (.diagram svg)
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
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(title)}" `)
    .replace(/\s*\n\s*/g, ' '); // one line, so Markdown never re-parses part of the SVG
  const viewBoxWidth = Number(/^<svg[^>]*\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg)?.[1] ?? 0);
  const height = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const fonts = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  const fit = diagramFit(viewBoxWidth, fonts.length ? Math.min(...fonts) : MIN_TEXT_PX);
  if (viewBoxWidth) {
    // Drawn where its smallest text is 12 px when the column has room; shrinks down to MIN_SHRINK, then scrolls.
    const up = fit.drawn / viewBoxWidth;
    const round = (n: number) => Math.round(n * 10) / 10;
    svg = svg
      .replace(/^(<svg[^>]*?) width="[\d.]+" height="[\d.]+"/, `$1 width="${round(fit.drawn)}" height="${round(height * up)}"`)
      .replace(/^(<svg[^>]*?) style="/, `$1 style="min-width:${Math.round(viewBoxWidth * MIN_SHRINK)}px;`);
  }
  const html = `<figure class="diagram" data-pagefind-ignore><div class="diagram-scroll" tabindex="0" role="group" aria-label="${escapeHtml(title)} (scrolls sideways)">${svg}</div><figcaption>${escapeHtml(title)}</figcaption></figure>`;
  return { html, title, viewBoxWidth, fit };
}
