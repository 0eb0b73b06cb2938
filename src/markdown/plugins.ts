// Sätteri mdast plugins for lessons: base-aware links, build-time diagrams, glossary term checks.
import { relative } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { fitWarning, renderDiagram } from './mermaid';
import { where } from './where';
import { contentDir } from '../lib/content-dir';
import { courseFilePath, readGlossary } from '../lib/course-files';
import { includedMeta, parseInclude, readIncluded } from '../lib/includes';
import type { HastNode } from '../lib/hast-node';

/** Root-relative links, reference definitions and images written by authors (`/cloud/x/`) get the configured base. */
export function baseLinks(base: string) {
  const rebase = <N extends { url: string }>(node: N, ctx: { setProperty(node: N, key: 'url', value: string): void }) => {
    if (base !== '/' && node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(base)) {
      ctx.setProperty(node, 'url', base + node.url.slice(1));
    }
  };
  return defineMdastPlugin({ name: 'course-base-links', link: rebase, definition: rebase, image: rebase });
}

/** ```python file="examples/…" region="…"``` → the file's text, titled with its path; a missing file or region fails the build. */
export function includedCode() {
  return defineMdastPlugin({
    name: 'course-included-code',
    options: { position: true },
    code(node, ctx) {
      try {
        const spec = parseInclude(node.meta ?? '');
        if (!spec) return;
        if (node.value.trim()) throw new Error(`a fence with file="${spec.file}" must be empty (its text comes from the file)`);
        ctx.replaceNode(node, {
          type: 'code',
          lang: node.lang,
          meta: includedMeta(node.meta ?? '', spec),
          value: readIncluded(spec),
        });
      } catch (error) {
        throw new Error(`${where(ctx.fileURL, node.position?.start.line)}: ${(error as Error).message}`);
      }
    },
  });
}

/**
 * ```mermaid title="…"``` → inline SVG figure; an invalid diagram fails the build naming the file and line, and one
 * that scrolls or shrinks its text below 12 px at a 1280 px window is reported through `warn`.
 */
export function mermaidDiagrams(warn: (message: string) => void = (m) => console.warn(`[diagrams] warning: ${m}`)) {
  return defineMdastPlugin({
    name: 'course-mermaid',
    options: { position: true },
    code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      let diagram: ReturnType<typeof renderDiagram>;
      try {
        // The block's line numbers its ids: unique on the page, and the same on every build (not a compile-order count).
        diagram = renderDiagram(node.value, node.meta, node.position?.start.line ?? 0);
      } catch (error) {
        throw new Error(`${where(ctx.fileURL, node.position?.start.line)}: ${(error as Error).message}`);
      }
      const warning = fitWarning(diagram.title, diagram.viewBoxWidth, diagram.fit);
      if (warning) warn(`${where(ctx.fileURL, node.position?.start.line)}: ${warning}`);
      // Injected as a string through set:html so Markdown (smart punctuation) never touches the SVG.
      return { raw: `<Fragment set:html={${JSON.stringify(diagram.html)}} />` };
    },
  });
}

/** `<Term id="x">` must name a glossary entry; otherwise the build fails naming the file and line. */
export function termChecks(dir = contentDir) {
  const check = (
    node: { name: string | null; attributes: unknown[]; position?: { start: { line: number } } | undefined },
    ctx: { fileURL: URL | undefined },
  ) => {
    if (node.name !== 'Term') return;
    const attr = node.attributes.find((a) => (a as { name?: string }).name === 'id') as { value?: unknown } | undefined;
    const id = typeof attr?.value === 'string' ? attr.value : undefined;
    if (!id) throw new Error(`${where(ctx.fileURL, node.position?.start.line)}: <Term> needs an id="…" naming a glossary entry`);
    // Read per check (the reader caches it): `astro dev` sees terms added while it runs.
    if (!readGlossary(dir).some((t) => t.id === id))
      throw new Error(
        `${where(ctx.fileURL, node.position?.start.line)}: <Term id="${id}"> is not in the glossary (${relative(process.cwd(), courseFilePath('glossary', dir))})`,
      );
  };
  return defineMdastPlugin({
    name: 'course-term-checks',
    options: { position: true },
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
  });
}

/** Wide tables scroll sideways on a phone: make them reachable by keyboard. */
export function scrollableTables() {
  return defineMdastPlugin({
    name: 'course-scrollable-tables',
    table(node, ctx) {
      ctx.setProperty(node, 'data', { ...(node.data ?? {}), hProperties: { tabIndex: 0 } });
    },
  });
}

/**
 * The light and dark colours github-light and github-dark give code tokens (after Expressive Code's contrast
 * adjustment). A token of one of these pairs becomes a <t-0>, <t-1>… element (an undefined custom element: inline and
 * without meaning, like a span, and shorter, for the hundreds a lesson has) instead of a span with an inline style.
 */
export const TOKEN_COLOURS = [
  ['#032F62', '#9ECBFF'],
  ['#005CC5', '#79B8FF'],
  ['#BF3441', '#F97583'],
  ['#6F42C1', '#B392F0'],
  ['#1E7734', '#85E89D'],
  ['#616972', '#99A0A6'],
  ['#AE4B07', '#FFAB70'],
  ['#032F62', '#DBEDFF'],
] as const;

/**
 * Expressive Code plugin: smaller code markup, same colours. A token in the code's own colour loses its span (it
 * inherits the colour), a token of a known pair becomes a short element (coloured by code-blocks.css), and indent
 * spans (used only when lines wrap) go.
 */
export function compactCodeTokens() {
  const tagOf = new Map(TOKEN_COLOURS.map(([light, dark], i) => [`--0:${light};--1:${dark}`.toLowerCase(), `t-${i}`]));
  const compact = (node: HastNode, plain: string) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      compact(child, plain);
      if (child.tagName !== 'span') return [child];
      const props = child.properties ?? {};
      const style = String(props.style ?? '').toLowerCase();
      if (style === plain || String(props.className) === 'indent') return child.children ?? [];
      const tagName = tagOf.get(style);
      return tagName ? [{ ...child, tagName, properties: {} }] : [child];
    });
  };
  return {
    name: 'course-compact-code-tokens',
    hooks: {
      postprocessRenderedBlock: ({
        renderData,
        config,
      }: {
        renderData: { blockAst: HastNode };
        config: { themes: { fg: string }[] };
      }) => {
        const [light, dark] = config.themes.map((theme) => theme.fg);
        compact(renderData.blockAst, `--0:${light};--1:${dark}`.toLowerCase());
      },
    },
  };
}

const classesOf = (node: HastNode) => (node.properties?.className as string[] | undefined) ?? [];
const text = (value: string): HastNode => ({ type: 'text', value });

/** A line's tokens, from Expressive Code's `<div class="ec-line"><div class="code">…</div></div>`; an empty line has none. */
function lineContent(line: HastNode): HastNode[] {
  const [code, ...more] = line.children ?? [];
  const plainLine = line.tagName === 'div' && classesOf(line).join(' ') === 'ec-line' && !more.length;
  const plainCode = code?.tagName === 'div' && Object.keys(code.properties ?? {}).join() === 'className';
  if (!plainLine || !plainCode || classesOf(code).join(' ') !== 'code') {
    throw new Error('compactCodeBlocks: Expressive Code rendered a line it does not know (a gutter, a marked or wrapped line?)');
  }
  const content = code.children ?? [];
  // An empty line holds a newline, so that its <div> has a line's height.
  return content.length === 1 && content[0]!.value === '\n' ? [] : content;
}

/**
 * One rendered block in the least markup its look needs (code-blocks.css styles it): `<figure class="expressive-code
 * editor|terminal">` without the wrapper `<div>` and `frame`/`header` classes, no empty `<figcaption>` for an untitled
 * editor frame, and the code as text lines in `<code>` instead of a `<div class="ec-line"><div class="code">` each.
 */
export function compactCodeBlock(group: HastNode): HastNode {
  const [figure, ...more] = group.children ?? [];
  if (more.length || figure?.tagName !== 'figure') throw new Error('compactCodeBlocks: expected one <figure> per code block');
  const classes = classesOf(figure);
  const frame = classes.includes('is-terminal') ? 'terminal' : classes.includes('has-title') ? 'editor' : undefined;
  const children = (figure.children ?? []).flatMap((child): HastNode[] => {
    // A space after the caption keeps its last word apart from the code's first in search text (a flex bar ignores it).
    if (child.tagName === 'figcaption')
      return frame ? [{ ...child, properties: {}, children: [...(child.children ?? []), text(' ')] }] : [];
    if (child.tagName !== 'pre') return [child];
    const pre = {
      ...child,
      children: (child.children ?? []).map((code) => {
        if (code.tagName !== 'code') return code;
        const lines = (code.children ?? []).map(lineContent);
        // A text line per code line; a last empty line needs a second newline to show, as its <div> did.
        const joined = lines.flatMap((line, i) => (i ? [text('\n'), ...line] : line));
        if (lines.length > 1 && !lines.at(-1)!.length) joined.push(text('\n'));
        return { ...code, children: joined };
      }),
    };
    return [pre];
  });
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['expressive-code', ...(frame ? [frame] : [])] },
    children,
  };
}

/** Expressive Code plugin: every block through compactCodeBlock(), after all other plugins rendered it. */
export function compactCodeBlocks() {
  return {
    name: 'course-compact-code-blocks',
    hooks: {
      postprocessRenderedBlockGroup: ({ renderData }: { renderData: { groupAst: HastNode } }) => {
        renderData.groupAst = compactCodeBlock(renderData.groupAst);
      },
    },
  };
}

/** Expressive Code plugin: code that scrolls sideways gets a tab stop, so keyboard users can scroll it. */
export function focusableCode() {
  const visit = (node: HastNode) => {
    if (node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
    node.children?.forEach(visit);
  };
  return {
    name: 'course-focusable-code',
    hooks: {
      postprocessRenderedBlock: ({ renderData }: { renderData: { blockAst: HastNode } }) => visit(renderData.blockAst),
    },
  };
}
