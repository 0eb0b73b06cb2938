#!/usr/bin/env node
// An MCP server that serves this course to an AI assistant, read from a built copy of the site.
//
//   node examples/mcp-server/server.mjs --site dist
//
// Resources: every lesson (course://lessons/<module>/<slug>), every lab (course://labs/<slug>) and the glossary
// (course://glossary), as Markdown. Tools: search, glossary, list_lessons. Prompt: study_lesson.
// It speaks MCP over stdio (stdout carries only protocol messages; logs go to stderr) and only ever reads files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { fromHtml } from 'hast-util-from-html';
import * as z from 'zod';

/** JSON-RPC error code the MCP specification gives for an unknown resource. */
const RESOURCE_NOT_FOUND = -32002;

/**
 * @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, any>, children?: HNode[] }} HNode
 * @typedef {{ id: string, kind: 'lesson' | 'lab', module: string, moduleTitle: string, title: string,
 *   description: string, url: string, uri: string, markdown: string, tokens: string[] }} Page
 * @typedef {{ id: string, term: string, abbr: string, definition: string, aliases: string[],
 *   url: string, lessons: { title: string, url: string }[] }} GlossaryEntry
 * @typedef {{ dist: string, pages: Page[], glossary: GlossaryEntry[], index: SearchIndex }} Course
 * @typedef {{ df: Map<string, number>, avgLength: number }} SearchIndex
 */

// ---------------------------------------------------------------------------------------------------------------
// Reading the built site: HTML (hast) to Markdown
// ---------------------------------------------------------------------------------------------------------------

/** @param {HNode} node */
const classes = (node) => /** @type {string[]} */ (node.properties?.className ?? []);
/** @param {HNode} node @param {string} name */
const hasClass = (node, name) => classes(node).includes(name);

/** Depth-first search for the first element that satisfies `test`. @param {HNode} node @param {(n: HNode) => boolean} test @returns {HNode | undefined} */
function find(node, test) {
  if (node.type === 'element' && test(node)) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Every element that satisfies `test`, in document order. @param {HNode} node @param {(n: HNode) => boolean} test @returns {HNode[]} */
function findAll(node, test, out = /** @type {HNode[]} */ ([])) {
  if (node.type === 'element' && test(node)) out.push(node);
  for (const child of node.children ?? []) findAll(child, test, out);
  return out;
}

/** The text of a node, whitespace kept. @param {HNode} node @returns {string} */
const textOf = (node) => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

const collapse = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();

const BLOCKS = new Set(
  'address article aside blockquote details dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'svg', 'button', 'input', 'nav', 'template', 'link', 'meta', 'noscript']);

/** Whether a node is page furniture rather than lesson text (tooltips, quiz, hidden filters, buttons). @param {HNode} node */
function skipped(node) {
  if (node.type === 'comment' || node.type === 'doctype') return true;
  if (node.type !== 'element') return false;
  const p = node.properties ?? {};
  if (
    SKIPPED.has(node.tagName ?? '') ||
    p.hidden ||
    hasClass(node, 'sr-only') ||
    hasClass(node, 'no-print') ||
    hasClass(node, 'lesson-meta')
  )
    return true;
  // Pagefind's "not content" marker covers tooltips, diagrams and the self-check; keep objectives and lab parts.
  return 'dataPagefindIgnore' in p && !hasClass(node, 'lesson-goals') && !hasClass(node, 'lab-parts');
}

/** Converts the children of an element to Markdown blocks. @param {HNode[]} nodes @param {URL} base @returns {string[]} */
function blocks(nodes, base) {
  /** @type {string[]} */
  const out = [];
  let run = '';
  const flush = () => {
    const text = collapse(run);
    if (text) out.push(text);
    run = '';
  };
  for (const node of nodes) {
    if (node.type === 'text') run += node.value;
    else if (node.type === 'element' && diagramLabel(node)) {
      flush();
      out.push(`*[Diagram: ${diagramLabel(node)}]*`);
    } else if (skipped(node)) continue;
    else if (isBlock(node)) {
      flush();
      out.push(...block(node, base));
    } else run += inline(node, base);
  }
  flush();
  return out;
}

/** A block element, or one (such as a custom element) that holds blocks. @param {HNode} node @returns {boolean} */
const isBlock = (node) => node.type === 'element' && (BLOCKS.has(node.tagName ?? '') || (node.children ?? []).some(isBlock));

/** @param {HNode} node */
function diagramLabel(node) {
  if (node.tagName !== 'figure' || !hasClass(node, 'diagram')) return '';
  const labelled = find(node, (n) => typeof n.properties?.ariaLabel === 'string');
  return collapse(String(labelled?.properties?.ariaLabel ?? 'diagram')).replace(/ \(scrolls sideways\)$/, '');
}

/** One block element as Markdown blocks. @param {HNode} el @param {URL} base @returns {string[]} */
function block(el, base) {
  const tag = el.tagName ?? '';
  const kids = el.children ?? [];
  if (/^h[1-6]$/.test(tag)) return [`${'#'.repeat(Number(tag[1]))} ${collapse(inlineAll(kids, base))}`];
  if (tag === 'p' || tag === 'summary' || tag === 'dt') {
    const text = collapse(inlineAll(kids, base));
    return text ? [tag === 'p' ? text : `**${text}**`] : [];
  }
  if (tag === 'hr') return ['---'];
  if (tag === 'pre') return [codeBlock(el)];
  if (tag === 'ul' || tag === 'ol') {
    const items = kids.filter((n) => n.tagName === 'li' && !skipped(n));
    const start = Number(el.properties?.start ?? 1);
    const lines = items.map((li, i) => {
      const marker = tag === 'ol' ? `${start + i}. ` : '- ';
      const body = blocks(li.children ?? [], base).join('\n\n');
      return marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
    });
    return lines.length ? [lines.join('\n')] : [];
  }
  if (tag === 'table') {
    const rows = findAll(el, (n) => n.tagName === 'tr').map((tr) =>
      (tr.children ?? [])
        .filter((c) => c.tagName === 'th' || c.tagName === 'td')
        .map((c) => collapse(inlineAll(c.children ?? [], base)).replace(/\|/g, '\\|')),
    );
    if (!rows.length) return [];
    const head = `| ${rows[0].join(' | ')} |`;
    const rule = `| ${rows[0].map(() => '---').join(' | ')} |`;
    return [[head, rule, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n')];
  }
  if (tag === 'figure' && hasClass(el, 'expressive-code')) {
    // An Expressive Code block: an optional title (a file name) above the code.
    const title = collapse(textOf(find(el, (n) => hasClass(n, 'title')) ?? { type: 'text', value: '' }));
    const pre = find(el, (n) => n.tagName === 'pre');
    return [...(title ? [`\`${title}\`:`] : []), ...(pre ? [codeBlock(pre)] : [])];
  }
  if (tag === 'div' && hasClass(el, 'callout')) {
    const title = find(el, (n) => hasClass(n, 'callout-title'));
    const body = find(el, (n) => hasClass(n, 'callout-body'));
    const parts = [...(title ? [`**${collapse(textOf(title))}**`] : []), ...blocks(body?.children ?? kids, base)];
    return [parts.join('\n\n').replace(/^/gm, '> ')];
  }
  return blocks(kids, base);
}

/** A <pre> as a fenced code block (a code block's lines are text lines in its <code>). @param {HNode} pre */
function codeBlock(pre) {
  const code = textOf(pre).replace(/\n$/, '');
  const lang = String(pre.properties?.dataLanguage ?? '');
  const fence = code.includes('```') ? '````' : '```';
  return `${fence}${lang}\n${code}\n${fence}`;
}

/** @param {HNode[]} nodes @param {URL} base */
const inlineAll = (nodes, base) => nodes.map((n) => inline(n, base)).join('');

/** One inline node as Markdown. @param {HNode} node @param {URL} base @returns {string} */
function inline(node, base) {
  if (node.type === 'text') return node.value ?? '';
  if (skipped(node) || node.type !== 'element') return '';
  const inner = () => inlineAll(node.children ?? [], base);
  switch (node.tagName) {
    case 'code':
      return `\`${textOf(node)}\``;
    case 'strong':
    case 'b':
      return `**${inner()}**`;
    case 'em':
    case 'i':
      return `*${inner()}*`;
    case 'br':
      return ' ';
    case 'img':
      return String(node.properties?.alt ?? '');
    case 'a': {
      const href = node.properties?.href;
      if (typeof href !== 'string') return inner();
      return `[${collapse(inner())}](${new URL(href, base).href})`;
    }
    default:
      return inner();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loading the course
// ---------------------------------------------------------------------------------------------------------------

/** @param {string} file */
const parse = (file) => /** @type {HNode} */ (/** @type {unknown} */ (fromHtml(readFileSync(file, 'utf8'))));

/** The page's published address, from its canonical link. @param {HNode} tree @param {string} fallback */
function canonicalUrl(tree, fallback) {
  const link = find(tree, (n) => n.tagName === 'link' && [].concat(n.properties?.rel ?? []).includes('canonical'));
  return String(link?.properties?.href ?? fallback);
}

/** @param {HNode} tree @param {string} name */
function metaContent(tree, name) {
  const meta = find(tree, (n) => n.tagName === 'meta' && n.properties?.name === name);
  return collapse(String(meta?.properties?.content ?? ''));
}

/**
 * Reads one lesson or lab page. The text is the page's article (inside <main>) as Markdown, or the `.md` twin the
 * site may publish next to the page.
 * @param {string} dist @param {string} dir @param {string} slug @returns {Page | undefined}
 */
function readPage(dist, dir, slug) {
  const file = join(dist, dir, slug, 'index.html');
  if (!existsSync(file)) return undefined;
  const tree = parse(file);
  const main = find(tree, (n) => n.tagName === 'main');
  const article = main && find(main, (n) => n.tagName === 'article' && hasClass(n, 'lesson'));
  if (!article) return undefined;
  const kind = dir === 'labs' ? 'lab' : 'lesson';
  const id = kind === 'lab' ? slug : `${dir}/${slug}`;
  const url = canonicalUrl(tree, `/${dir}/${slug}/`);
  const base = new URL(url, 'http://localhost/');
  const h1 = find(article, (n) => n.tagName === 'h1');
  const crumbs = findAll(find(article, (n) => hasClass(n, 'breadcrumbs')) ?? article, (n) => n.tagName === 'li');
  const twin = [join(dist, dir, `${slug}.md`), join(dist, dir, slug, 'index.md')].find((f) => existsSync(f));
  const markdown = twin ? readFileSync(twin, 'utf8') : blocks(article.children ?? [], base).join('\n\n') + '\n';
  const title = collapse(h1 ? textOf(h1) : slug);
  const headings = findAll(article, (n) => /^h[23]$/.test(n.tagName ?? ''))
    .map(textOf)
    .join(' ');
  return {
    id,
    kind,
    module: kind === 'lab' ? 'labs' : dir,
    moduleTitle: crumbs.length >= 3 ? collapse(textOf(crumbs[crumbs.length - 2])) : dir,
    title,
    description: metaContent(tree, 'description'),
    url,
    uri: kind === 'lab' ? `course://labs/${slug}` : `course://lessons/${dir}/${slug}`,
    markdown,
    // The title counts three times and headings twice: a page *about* a term should beat one that mentions it.
    tokens: tokenize(`${title} ${title} ${title} ${headings} ${markdown}`),
  };
}

/** @param {string} dist @returns {GlossaryEntry[]} */
function readGlossary(dist) {
  const file = join(dist, 'glossary', 'index.html');
  if (!existsSync(file)) return [];
  const tree = parse(file);
  const pageUrl = canonicalUrl(tree, '/glossary/');
  const base = new URL(pageUrl, 'http://localhost/');
  return findAll(tree, (n) => hasClass(n, 'glossary-entry') && typeof n.properties?.id === 'string').map((entry) => {
    const dt = find(entry, (n) => n.tagName === 'dt');
    const abbr = dt && find(dt, (n) => n.tagName === 'abbr');
    const dd = find(entry, (n) => n.tagName === 'dd');
    const paragraphs = (dd?.children ?? []).filter((n) => n.tagName === 'p');
    const also = paragraphs.find((p) => hasClass(p, 'muted') && /^\s*Also:/.test(textOf(p)));
    const taught = paragraphs.find((p) => hasClass(p, 'glossary-lessons'));
    const definition = paragraphs.filter((p) => p !== also && p !== taught);
    return {
      id: String(entry.properties?.id),
      term: collapse(
        dt
          ? inlineAll(
              (dt.children ?? []).filter((n) => n !== abbr),
              base,
            )
          : '',
      ),
      abbr: abbr ? collapse(textOf(abbr)).replace(/^\(|\)$/g, '') : '',
      definition: definition.map((p) => collapse(inlineAll(p.children ?? [], base))).join('\n\n'),
      aliases: also
        ? collapse(textOf(also).replace(/^\s*Also:/, ''))
            .split(/\s*,\s*/)
            .filter(Boolean)
        : [],
      url: new URL(`#${entry.properties?.id}`, base).href,
      lessons: taught
        ? findAll(taught, (n) => n.tagName === 'a').map((a) => ({
            title: collapse(textOf(a)),
            url: new URL(String(a.properties?.href), base).href,
          }))
        : [],
    };
  });
}

/**
 * Reads every lesson, lab and glossary term of a built site.
 * @param {string} dist the site's build folder (the one with index.html, glossary/, labs/ …)
 * @returns {Course}
 */
export function loadCourse(dist) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `${dist} is not a built copy of the course site (no index.html). Build it with \`npm run build\` and pass its dist/ folder.`,
    );
  }
  /** @type {Page[]} */
  const pages = [];
  for (const dir of readdirSync(dist).sort()) {
    if (dir.startsWith('_') || dir === 'pagefind' || !statSync(join(dist, dir)).isDirectory()) continue;
    for (const slug of readdirSync(join(dist, dir)).sort()) {
      if (!statSync(join(dist, dir, slug)).isDirectory()) continue;
      const page = readPage(dist, dir, slug);
      if (page) pages.push(page);
    }
  }
  /** @type {Map<string, number>} */
  const df = new Map();
  for (const page of pages) for (const t of new Set(page.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const avgLength = pages.reduce((sum, p) => sum + p.tokens.length, 0) / Math.max(pages.length, 1);
  return { dist, pages, glossary: readGlossary(dist), index: { df, avgLength } };
}

// ---------------------------------------------------------------------------------------------------------------
// Search: BM25 over the pages' words
// ---------------------------------------------------------------------------------------------------------------

const STOPWORDS = new Set(
  'a an and are as at be by can do does for from how i in is it its of on or that the this to what when where which who why with you your'.split(
    ' ',
  ),
);

/** Lower-case words, with a crude plural fold so "containers" finds "container". @param {string} text */
export function tokenize(text) {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Ranks pages by BM25 (k1 = 1.2, b = 0.75). @param {Course} course @param {string[]} terms */
function rank(course, terms) {
  const { df, avgLength } = course.index;
  const n = course.pages.length;
  return course.pages
    .map((page) => {
      let score = 0;
      for (const term of new Set(terms)) {
        const tf = page.tokens.filter((t) => t === term).length;
        if (!tf) continue;
        const idf = Math.log(1 + (n - (df.get(term) ?? 0) + 0.5) / ((df.get(term) ?? 0) + 0.5));
        score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * page.tokens.length) / avgLength));
      }
      return { page, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The first prose paragraph with the most distinct query words, shortened around the first one. @param {Page} page @param {string[]} terms */
function snippet(page, terms) {
  const paragraphs = page.markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
    .split(/\n{2,}/)
    .filter((p) => !/^(#|- |\d+\. |\|)/.test(p))
    .map((p) =>
      p
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*>`]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  const hits = (/** @type {string} */ p) => new Set(tokenize(p).filter((t) => terms.includes(t))).size;
  const best = paragraphs.reduce((a, b) => (hits(b) > hits(a) ? b : a), page.description);
  const first = Math.max(0, best.toLowerCase().search(new RegExp(terms.map(escape).join('|'))));
  const start = first > 80 ? best.lastIndexOf(' ', first - 60) + 1 : 0;
  const text = best.slice(start, start + 240);
  return `${start > 0 ? '…' : ''}${text}${start + 240 < best.length ? '…' : ''}`;
}

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------------------------
// Glossary lookup
// ---------------------------------------------------------------------------------------------------------------

const norm = (/** @type {string} */ s) => collapse(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));

/** Edit distance between two strings (for "did you mean"). @param {string} a @param {string} b */
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        /** @type {number} */ (row[j]) + 1,
        /** @type {number} */ (next[j - 1]) + 1,
        /** @type {number} */ (row[j - 1]) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return /** @type {number} */ (row[b.length]);
}

/**
 * Exact matches (id, term, abbreviation, alias) first, then terms that contain the query, then near misses.
 * @param {Course} course @param {string} query
 */
function lookUp(course, query) {
  const q = norm(query);
  const names = (/** @type {GlossaryEntry} */ e) =>
    [e.id.replace(/-/g, ' '), e.term, e.abbr, ...e.aliases].filter(Boolean).map(norm);
  const exact = course.glossary.filter((e) => names(e).includes(q));
  if (exact.length) return { exact, partial: [] };
  const partial = course.glossary.filter((e) => names(e).some((n) => n.includes(q) || (n.length > 3 && q.includes(n))));
  if (partial.length) return { exact, partial };
  const near = course.glossary.filter((e) => names(e).some((n) => distance(n, q) <= Math.max(1, Math.floor(q.length / 4))));
  return { exact, partial: near };
}

/** @param {GlossaryEntry} e */
const formatEntry = (e) =>
  [
    `**${e.term}**${e.abbr ? ` (${e.abbr})` : ''}: ${e.definition}`,
    e.aliases.length ? `Also: ${e.aliases.join(', ')}` : '',
    e.lessons.length ? `Taught in: ${e.lessons.map((l) => `[${l.title}](${l.url})`).join(', ')}` : '',
    `Glossary: ${e.url}`,
  ]
    .filter(Boolean)
    .join('\n');

// ---------------------------------------------------------------------------------------------------------------
// The MCP server
// ---------------------------------------------------------------------------------------------------------------

/** A tool result that tells the model what went wrong (the call failed; the server carries on). @param {string} text */
const toolError = (text) => ({ content: [{ type: /** @type {const} */ ('text'), text }], isError: true });

/** @param {Page} page */
const asResource = (page) => ({
  uri: page.uri,
  name: page.id,
  title: page.title,
  description: page.description,
  mimeType: 'text/markdown',
});

/**
 * An MCP server for one built copy of the course.
 * @param {Course} course
 */
export function createServer(course) {
  const server = new McpServer(
    { name: 'mlops-course', title: 'MLOps course notes', version: '1.0.0' },
    {
      instructions:
        'Course notes for an MLOps course. Use `search` to find lessons, read them as resources, and `glossary` for definitions. Cite the lesson URL.',
    },
  );
  const lessons = course.pages.filter((p) => p.kind === 'lesson');
  const labs = course.pages.filter((p) => p.kind === 'lab');
  const modules = [...new Set(lessons.map((p) => p.module))];
  /** @param {Page | undefined} page @param {string} uri */
  const contents = (page, uri) => {
    if (!page) throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri}. List resources to see the lessons and labs.`);
    return { contents: [{ uri: page.uri, mimeType: 'text/markdown', text: page.markdown }] };
  };
  /** @param {string[]} values @returns {(value: string) => string[]} */
  const startingWith = (values) => (value) => values.filter((v) => v.startsWith(value ?? ''));

  // region lesson-resource
  server.registerResource(
    'lesson',
    new ResourceTemplate('course://lessons/{module}/{slug}', {
      list: () => ({ resources: lessons.map(asResource) }),
      complete: { module: startingWith(modules), slug: startingWith(lessons.map((p) => p.id.split('/')[1])) },
    }),
    { title: 'Lesson', description: 'A lesson of the course, as Markdown', mimeType: 'text/markdown' },
    async (uri, { module, slug }) => {
      const page = lessons.find((p) => p.id === `${module}/${slug}`);
      return contents(page, uri.href);
    },
  );
  // endregion lesson-resource

  server.registerResource(
    'lab',
    new ResourceTemplate('course://labs/{slug}', {
      list: () => ({ resources: labs.map(asResource) }),
      complete: { slug: startingWith(labs.map((p) => p.id)) },
    }),
    { title: 'Lab', description: 'A hands-on lab of the course, as Markdown', mimeType: 'text/markdown' },
    async (uri, { slug }) =>
      contents(
        labs.find((p) => p.id === slug),
        uri.href,
      ),
  );

  server.registerResource(
    'glossary',
    'course://glossary',
    {
      title: 'Glossary',
      description: `All ${course.glossary.length} glossary terms with their definitions`,
      mimeType: 'text/markdown',
    },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: course.glossary.map(formatEntry).join('\n\n') + '\n' }],
    }),
  );

  // region search-tool
  server.registerTool(
    'search',
    {
      title: 'Search the course',
      description: 'Full-text search over the lessons and labs. Returns the best matches with title, URL and a snippet.',
      inputSchema: {
        query: z.string().trim().min(2).max(200).describe('Words to look for, e.g. "kubernetes probes"'),
        limit: z.number().int().min(1).max(20).default(5).describe('How many results to return'),
      },
      outputSchema: {
        results: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), uri: z.string(), snippet: z.string() })),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit }) => {
      const terms = tokenize(query);
      if (!terms.length) return toolError(`The query "${query}" has no searchable words; try a topic such as "docker".`);
      const results = rank(course, terms)
        .slice(0, limit)
        .map(({ page }) => ({ id: page.id, title: page.title, url: page.url, uri: page.uri, snippet: snippet(page, terms) }));
      const text = results.length
        ? results.map((r, i) => `${i + 1}. ${r.title}\n   ${r.url} (resource ${r.uri})\n   ${r.snippet}`).join('\n')
        : `No lesson or lab mentions "${query}".`;
      return { content: [{ type: 'text', text }], structuredContent: { results } };
    },
  );
  // endregion search-tool

  // region glossary-tool
  server.registerTool(
    'glossary',
    {
      title: 'Look up a glossary term',
      description: 'The course definition of a term (by name, abbreviation or id), with the lessons that teach it.',
      inputSchema: { term: z.string().trim().min(1).max(100).describe('A term, e.g. "IaaS" or "container image"') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ term }) => {
      const { exact, partial } = lookUp(course, term);
      if (exact.length) return { content: [{ type: 'text', text: exact.map(formatEntry).join('\n\n') }] };
      if (partial.length === 1) return { content: [{ type: 'text', text: formatEntry(partial[0]) }] };
      const hint = partial.length
        ? `Did you mean: ${partial
            .slice(0, 8)
            .map((e) => e.term)
            .join('; ')}?`
        : 'Try `search` instead.';
      return toolError(`The glossary has no term "${term}". ${hint}`);
    },
  );
  // endregion glossary-tool

  server.registerTool(
    'list_lessons',
    {
      title: 'List lessons and labs',
      description: `The course's lessons in order, by module, and its labs. Modules: ${modules.join(', ')}.`,
      inputSchema: { module: z.string().trim().optional().describe('Only this module, e.g. "tools", or "labs"') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ module }) => {
      if (module && module !== 'labs' && !modules.includes(module)) {
        return toolError(`Unknown module "${module}". Modules: ${[...modules, 'labs'].join(', ')}.`);
      }
      const chosen = course.pages.filter((p) => !module || p.module === module);
      const lines = chosen.map((p) => `- ${p.title} (${p.kind} ${p.id}): ${p.url} — ${p.description}`);
      return { content: [{ type: 'text', text: lines.join('\n') || 'No pages.' }] };
    },
  );

  server.registerPrompt(
    'study_lesson',
    {
      title: 'Study a lesson',
      description: 'Explain a lesson step by step, then ask three questions to check understanding.',
      argsSchema: { lesson: z.string().describe('Lesson id, e.g. "tools/docker"') },
    },
    async ({ lesson }) => {
      const page = lessons.find((p) => p.id === lesson);
      if (!page) throw new McpError(-32602, `Unknown lesson "${lesson}". Lessons: ${lessons.map((p) => p.id).join(', ')}.`);
      return {
        messages: [
          {
            role: 'user',
            content: { type: 'resource', resource: { uri: page.uri, mimeType: 'text/markdown', text: page.markdown } },
          },
          {
            role: 'user',
            content: {
              type: 'text',
              text: `Teach me "${page.title}" from the lesson above: its main ideas in order, with one example each. Then ask me three questions, one at a time, and tell me what I got wrong. Link ${page.url} when you cite it.`,
            },
          },
        ],
      };
    },
  );

  return server;
}

// ---------------------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------------------

const USAGE = `Usage: node examples/mcp-server/server.mjs [--site <dist folder>]

Serves the built course site to an MCP client over stdio.
  --site <dir>   the site's build output (default: $COURSE_SITE_DIR, else ./dist)
  --help         show this help`;

async function main() {
  /** @type {{ site?: string, help?: boolean }} */
  let options;
  try {
    options = parseArgs({ options: { site: { type: 'string' }, help: { type: 'boolean' } } }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.error(USAGE);
    return;
  }
  const dist = resolve(options.site ?? process.env.COURSE_SITE_DIR ?? 'dist');
  let course;
  try {
    course = loadCourse(dist);
  } catch (error) {
    console.error(`mlops-course: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const count = (/** @type {number} */ n, /** @type {string} */ what) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lessons = course.pages.filter((p) => p.kind === 'lesson').length;
  const summary = `${count(lessons, 'lesson')}, ${count(course.pages.length - lessons, 'lab')}, ${count(course.glossary.length, 'term')}`;
  // region transport
  const server = createServer(course);
  await server.connect(new StdioServerTransport());
  // From here on, stdout carries only JSON-RPC messages: log to stderr.
  console.error(`mlops-course: serving ${summary} from ${dist}`);
  // endregion transport
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
