// Turns ```mermaid title="…"``` blocks into inline SVG at build time: no browser, no client JS.
import { renderMermaidSVG } from 'beautiful-mermaid';
import { escapeHtml } from '../lib/inline-markdown.ts';

export class DiagramError extends Error {}

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
  svg = svg
    .replace(/@import url\([^)]*\);?\s*/g, '') // no third-party font requests
    .replace(/\s*text \{ font-family:[^}]*\}/, '') // the shared rules live once in mermaid.css (.diagram svg)
    .replace(/\s*\.mono \{ font-family:[^}]*\}/, '')
    .replace(/\s*svg \{\s*\/\* Derived from --bg[^}]*\}/, '')
    .replace(/<style>\s*<\/style>/, '');
  // Read before compacting, which leaves out the font sizes mermaid.css gives.
  const fonts = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  svg = compactSvg(svg, `d${index}-`)
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(title)}" `)
    .replace(/\s*\n\s*/g, ' '); // one line, so Markdown never re-parses part of the SVG
  const viewBoxWidth = Number(/^<svg[^>]*\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg)?.[1] ?? 0);
  const fit = diagramFit(viewBoxWidth, fonts.length ? Math.min(...fonts) : MIN_TEXT_PX);
  if (viewBoxWidth) {
    // Drawn where its smallest text is 12 px when the column has room; shrinks down to MIN_SHRINK, then scrolls.
    const round = (n: number) => Math.round(n * 10) / 10;
    svg = svg
      // Its height follows from the viewBox (mermaid.css: height auto).
      .replace(/^(<svg[^>]*?) width="[\d.]+" height="[\d.]+"/, `$1 width="${round(fit.drawn)}"`)
      .replace(/^(<svg role="img" aria-label="[^"]*")/, `$1 style="min-width:${Math.round(viewBoxWidth * MIN_SHRINK)}px"`)
      .replace(/^(<svg[^>]*? style="[^"]*)"([^>]*?) style="([^"]*)"/, '$1;$3"$2');
  }
  const html = `<figure class="diagram" data-pagefind-ignore><div class="diagram-scroll" tabindex="0" role="group" aria-label="${escapeHtml(title)} (scrolls sideways)">${svg}</div><figcaption>${escapeHtml(title)}</figcaption></figure>`;
  return { html, title, viewBoxWidth, fit };
}

// ---------------------------------------------------------------------------------------------------------------------
// Compacting: the renderer repeats the same presentation attributes on every shape and label, with long decimals. The
// rules below are in mermaid.css (diagramCss() writes them; a test keeps the two equal), so an attribute equal to what
// they give the element is left out, and one that differs stays (or becomes inline style where a rule names the
// element itself, since a CSS rule beats an attribute): every shape and label keeps the values it was drawn with.

/** A CSS rule of mermaid.css, scoped to `.diagram svg`: `svg`, `tag`, `.class` or `.class tag`. */
export interface DiagramRule {
  selector: string;
  props: Record<string, string>;
}

/**
 * Values the rules give, chosen as the renderer's most frequent ones in flowcharts (a rule pays for itself only where
 * it saves more than its own bytes, on every page). Inherited
 * properties set on the root or a group reach every shape inside it; those set on `text` override its attributes.
 */
export const DIAGRAM_RULES: DiagramRule[] = [
  {
    selector: 'svg',
    props: {
      '--bg': 'var(--diagram-bg)',
      '--fg': 'var(--diagram-fg)',
      '--accent': 'var(--diagram-accent)',
      fill: 'none',
      stroke: 'var(--_line)',
      'stroke-width': '1',
      'text-anchor': 'middle',
    },
  },
  { selector: 'text', props: { fill: 'var(--_text)', stroke: 'none', 'font-size': '13px', 'font-weight': '500' } },
  {
    selector: 'marker',
    props: { fill: 'var(--_arrow)', stroke: 'var(--_arrow)', 'stroke-width': '0.75', 'stroke-linejoin': 'round' },
  },
  { selector: '.node', props: { fill: 'var(--_node-fill)', stroke: 'var(--_node-stroke)', 'stroke-width': '0.75' } },
  { selector: '.subgraph', props: { fill: 'var(--_group-fill)', stroke: 'var(--_node-stroke)' } },
  { selector: '.edge-label', props: { fill: 'var(--bg)', stroke: 'var(--_inner-stroke)' } },
  {
    selector: '.subgraph text',
    props: { fill: 'var(--_text-sec)', 'font-size': '12px', 'font-weight': '600', 'text-anchor': 'start' },
  },
  { selector: '.edge-label text', props: { fill: 'var(--_text-sec)', 'font-size': '11px', 'font-weight': '400' } },
];

/** The rules as CSS, in mermaid.css's order (rising specificity, so the last rule that matches wins in both). */
export function diagramCss(rules = DIAGRAM_RULES): string {
  return rules
    .map(
      (r) =>
        `.diagram ${r.selector === 'svg' ? 'svg' : `svg ${r.selector}`} {\n${Object.entries(r.props)
          .map(([k, v]) => `  ${k}: ${v};\n`)
          .join('')}}\n`,
    )
    .join('');
}

/** Presentation attributes the rules may set; all inherited. */
const MANAGED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'text-anchor',
];
/** What the root inherits from the page: initial values, or the page's own for fonts (unknown here). */
const CONTEXT: Record<string, string | undefined> = {
  fill: 'black',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-linejoin': 'miter',
  'stroke-dasharray': 'none',
  'text-anchor': 'start',
};
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path']);
const TEXTS = new Set(['text', 'tspan', 'textPath']);
/** Attributes holding coordinates (text content and transformed icons are left alone). */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'points', 'd']);

interface SvgElement {
  tag: string;
  attrs: Map<string, string>;
  children: (SvgElement | string)[];
}

/** Parses the renderer's SVG: well-formed XML, attributes in double quotes, text escaped. */
function parseSvg(svg: string): SvgElement {
  const root: SvgElement = { tag: '', attrs: new Map(), children: [] };
  const stack = [root];
  for (const m of svg.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const parent = stack.at(-1)!;
    if (m[5] !== undefined) parent.children.push(m[5]);
    else if (m[1]) stack.pop();
    else {
      const attrs = new Map([...m[3]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a): [string, string] => [a[1]!, a[2]!]));
      const el: SvgElement = { tag: m[2]!, attrs, children: [] };
      parent.children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  return root;
}

function serialize(el: SvgElement): string {
  const attrs = [...el.attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  const inner = el.children.map((c) => (typeof c === 'string' ? c : serialize(c))).join('');
  return inner ? `<${el.tag}${attrs}>${inner}</${el.tag}>` : `<${el.tag}${attrs}/>`;
}

/** `13px`, `13` and `13.0` are one value; so are `0.75` and `.75`. */
const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && (a === b || (/^[\d.]+(px)?$/.test(a) && Number.parseFloat(a) === Number.parseFloat(b)));

/** Does `selector` (`svg`, `tag`, `.class`, `tag.class`, each part separated by a space) match el under ancestors? */
function matches(selector: string, el: SvgElement, ancestors: SvgElement[]): boolean {
  const fits = (compound: string, e: SvgElement) => {
    const [tag, ...classes] = compound.split('.');
    const own = (e.attrs.get('class') ?? '').split(/\s+/);
    return (!tag || tag === e.tag) && classes.every((c) => own.includes(c));
  };
  const parts = selector.split(' ');
  if (!fits(parts.pop()!, el)) return false;
  let i = ancestors.length - 1;
  for (const part of parts.reverse()) {
    while (i >= 0 && !fits(part, ancestors[i]!)) i--;
    if (i-- < 0) return false;
  }
  return true;
}

/** `x y x y …` as path data: M, then H or V along an axis, else L. */
export function pathData(xy: number[]): string {
  let d = `M${round(xy[0]!)} ${round(xy[1]!)}`;
  for (let i = 2; i + 1 < xy.length; i += 2) {
    const [x, y, px, py] = [xy[i]!, xy[i + 1]!, xy[i - 2]!, xy[i - 1]!];
    d += y === py ? `H${round(x)}` : x === px ? `V${round(y)}` : `L${round(x)} ${round(y)}`;
  }
  return d.replace(/ -/g, '-');
}

/**
 * Rounds to a half: a 1 px line on a half unit stays crisp (integers would blur it over two pixels), finer than that
 * no screen shows, and the renderer's float noise (4.199999999999999) goes.
 */
const round = (n: number) => String(Math.round(n * 2) / 2).replace(/^(-?)0\./, '$1.');
const roundAll = (value: string) => value.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (n) => round(Number(n)));

/**
 * The renderer's SVG made small with the same rendering: attributes the rules give left out, coordinates to a half,
 * `dy` folded into `y`, open lines as path data, unused markers, `<defs>`, layout bookkeeping (`data-*`) and whitespace
 * between tags gone, ids shortened behind `prefix` so several diagrams on a page never share one.
 */
export function compactSvg(svg: string, prefix: string, rules = DIAGRAM_RULES): string {
  const root = parseSvg(svg.trim());
  const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!));
  // Ids are the prefix and a number in order of first use: unique on the page, and short.
  const ids = new Map<string, string>();
  const shortId = (id: string) => ids.get(id) ?? ids.set(id, prefix + ids.size).get(id)!;
  const walk = (
    el: SvgElement,
    ancestors: SvgElement[],
    before: Record<string, string | undefined>,
    after: Record<string, string | undefined>,
    transformed: boolean,
  ) => {
    const a = el.attrs;
    for (const name of [...a.keys()]) if (name.startsWith('data-') || name === 'xmlns') a.delete(name);
    // A style attribute beats every rule: what it sets stays as it is.
    const styled = new Map(
      (a.get('style') ?? '')
        .split(';')
        .filter((d) => d.includes(':'))
        .map((d): [string, string] => {
          const at = d.indexOf(':');
          return [d.slice(0, at).trim(), d.slice(at + 1).trim()];
        }),
    );
    const matching = rules.filter((r) => matches(r.selector, el, ancestors));
    const direct = (prop: string) => matching.findLast((r) => prop in r.props)?.props[prop];
    if (el.tag === 'svg' && ancestors.length === 0)
      for (const [k, v] of styled) if (k.startsWith('--') && same(direct(k), v)) styled.delete(k);
    const textish = TEXTS.has(el.tag);
    const nextBefore = { ...before };
    const nextAfter = { ...after };
    const style: string[] = [];
    for (const prop of MANAGED) {
      const own = styled.get(prop) ?? a.get(prop);
      nextBefore[prop] = own ?? before[prop];
      if (styled.has(prop)) {
        nextAfter[prop] = own;
        continue;
      }
      a.delete(prop);
      const base = direct(prop) ?? after[prop];
      const painted =
        prop.startsWith('font') || prop === 'text-anchor'
          ? textish
          : (SHAPES.has(el.tag) || textish) &&
            (prop === 'fill' ? el.tag !== 'line' : prop === 'stroke' || !same(nextBefore.stroke ?? 'none', 'none'));
      const want = own !== undefined || painted ? nextBefore[prop] : base;
      nextAfter[prop] = want;
      if (same(want, base) || (want === undefined && base === undefined)) continue;
      if (want === undefined && after[prop] !== undefined) throw new Error(`diagram rules: ${el.tag} lost the page's ${prop}`);
      // The page's own value (an ancestor-free font size) comes back with inherit: no rule sets it on an ancestor.
      if (want === undefined) style.push(`${prop}:inherit`);
      else if (direct(prop) !== undefined)
        style.push(`${prop}:${prop === 'font-size' && /^[\d.]+$/.test(want) ? `${want}px` : want}`);
      else a.set(prop, want);
    }
    style.unshift(...[...styled].map(([k, v]) => `${k}:${v}`));
    if (style.length) a.set('style', style.join(';'));
    else a.delete('style');
    // Defaults of the shapes themselves.
    if (a.get('rx') === '0' && (a.get('ry') ?? '0') === '0') (a.delete('rx'), a.delete('ry'));
    else if (a.has('rx') && a.get('ry') === a.get('rx')) a.delete('ry');
    // Icons drawn in their own scale and arrowheads in marker units keep every decimal.
    const inTransform = transformed || a.has('transform') || el.tag === 'marker';
    if (a.has('viewBox'))
      a.set(
        'viewBox',
        a.get('viewBox')!.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)),
      );
    if (a.has('points')) a.set('points', a.get('points')!.replace(/,\s+/g, ' '));
    if (!inTransform) {
      if (el.tag === 'text' && a.has('dy') && a.has('y') && el.children.every((c) => typeof c === 'string')) {
        a.set('y', String(Number(a.get('y')) + Number(a.get('dy'))));
        a.delete('dy');
      }
      // A box's far edges are rounded, not its size, so they meet the lines rounded beside them.
      for (const [pos, size] of [
        ['x', 'width'],
        ['y', 'height'],
      ] as const) {
        if (el.tag === 'rect' && a.has(pos) && a.has(size)) {
          const [p0, s0] = [Number(a.get(pos)), Number(a.get(size))];
          a.set(size, String(Number(roundAll(String(p0 + s0))) - Number(roundAll(String(p0)))));
        }
      }
      for (const [name, value] of a) if (GEOMETRY.has(name) || name === 'dy') a.set(name, roundAll(value));
      // Open lines as path data, whose H and V need one coordinate per corner (markers sit at the same vertices).
      if (el.tag === 'polyline' || el.tag === 'line') {
        const xy =
          el.tag === 'line'
            ? ['x1', 'y1', 'x2', 'y2'].map((k) => Number(a.get(k) ?? 0))
            : (a.get('points')!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
        for (const k of ['x1', 'y1', 'x2', 'y2', 'points']) a.delete(k);
        el.tag = 'path';
        a.set('d', pathData(xy));
      }
    }
    if (a.has('id')) a.set('id', shortId(a.get('id')!));
    for (const [name, value] of a)
      if (value.includes('url(#'))
        a.set(
          name,
          value.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${shortId(id)})`),
        );
    el.children = el.children.filter((c) => {
      if (typeof c === 'string') return textish || el.tag === 'style' || c.trim() !== '';
      return !(c.tag === 'marker' && !used.has(c.attrs.get('id') ?? ''));
    });
    for (const c of el.children)
      if (typeof c !== 'string')
        walk(
          c,
          [...ancestors, el].filter((x) => x.tag),
          nextBefore,
          nextAfter,
          inTransform,
        );
    // Markers render only where referenced, so they need no <defs> around them.
    el.children = el.children.flatMap((c) => (typeof c !== 'string' && c.tag === 'defs' ? c.children : [c]));
  };
  walk(root, [], { ...CONTEXT }, { ...CONTEXT }, false);
  return root.children.map((c) => (typeof c === 'string' ? c.trim() : serialize(c))).join('');
}
