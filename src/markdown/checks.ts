// Build-time checks of a lesson or lab: nothing that runs code, images that exist, components used as documented.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { factDate } from '../lib/facts';
import { inlineMarkdown } from '../lib/inline-markdown';
import { ACCEPTED_URLS, isInertExpression, stringLiteral, unsafeScheme } from './safety';
import { where } from './where';

/** Raw elements that run, embed or redirect to other content. */
const RAW_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link']);
/** Attributes holding a URL a browser follows or loads (lower case). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'cite', 'xlink:href', 'xlinkhref']);
const CALLOUT_TYPES = ['note', 'tip', 'warning', 'deeper'];
const COMPONENTS = 'the course components (Callout, Figure, Tabs, Tab, Term, Fact, Solution) and Markdown';

/** A node that may know its line. */
type Located = { position?: { start: { line: number } } | undefined };

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface Element {
  type: string;
  name: string | null;
  attributes: Attribute[];
  children?: readonly { type: string; name?: string | null; children?: readonly unknown[] }[];
  position?: Located['position'];
}

/** A JSX attribute's text: a plain value or a literal in braces; `null` when it is code; undefined when absent. */
function attributeValue(attr: Attribute | undefined): string | null | undefined {
  if (!attr) return undefined;
  if (attr.value == null || typeof attr.value === 'string') return attr.value ?? '';
  const source = attr.value.value.trim();
  return stringLiteral(source) ?? (/^(-?\d+(\.\d+)?|true|false)$/.test(source) ? source : null);
}

/** The site path's file under public/, without query or hash (a malformed %-escape is looked up as written). */
function publicFile(publicDir: string, path: string): string {
  const bare = path.replace(/[?#].*$/, '');
  try {
    return join(publicDir, decodeURI(bare));
  } catch {
    return join(publicDir, bare);
  }
}

/**
 * One mdast plugin per document: collects every problem of the file, then fails the build once, naming
 * each problem's line and what is accepted.
 */
export function lessonChecks({ publicDir }: { publicDir: string }) {
  return (file: PluginFactoryContext) => {
    const problems: string[] = [];
    const report = (node: Located, message: string) =>
      problems.push(`${where(file.fileURL, node.position?.start.line)}: ${message}`);

    const checkUrl = (node: Located, what: string, url: string) => {
      const scheme = unsafeScheme(url);
      if (scheme) report(node, `${what} "${url}" uses the scheme "${scheme}:", which is not allowed; accepted: ${ACCEPTED_URLS}`);
      return !scheme;
    };

    const checkImage = (node: Located, what: string, src: string) => {
      if (!checkUrl(node, what, src)) return;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
        report(
          node,
          `${what} "${src}" is on another site; pages load nothing from elsewhere: put the file in public/ and write its site path (/images/x.png)`,
        );
      else if (src.startsWith('/') && !existsSync(publicFile(publicDir, src)))
        report(node, `${what} "${src}" is not a file in public/ (write the path of a file under public/, e.g. /images/x.png)`);
    };

    const element = (node: Element) => {
      const name = node.name ?? '';
      const attrs = new Map(node.attributes.filter((a) => a.name).map((a) => [a.name!, a]));
      if (RAW_ELEMENTS.has(name.toLowerCase()))
        report(node, `<${name}> is not allowed in a lesson or lab (it runs or embeds other content); use ${COMPONENTS}`);
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxExpressionAttribute') {
          report(node, `<${name} {${String(attr.value)}}>: spread attributes are not allowed; write name="value"`);
          continue;
        }
        const attrName = attr.name!;
        const value = attributeValue(attr);
        if (/^on/i.test(attrName)) report(node, `<${name} ${attrName}>: event handler attributes (on…) are not allowed`);
        else if (value === null)
          report(
            node,
            `<${name} ${attrName}={…}>: only a literal value is allowed (${attrName}="text", ${attrName}={3}); code does not run in lessons`,
          );
        else if (value && URL_ATTRIBUTES.has(attrName.toLowerCase()) && name !== 'Figure')
          checkUrl(node, `<${name} ${attrName}>`, value);
      }
      const text = (attrName: string) => attributeValue(attrs.get(attrName));

      if (name === 'Callout') {
        const type = text('type');
        if (type !== undefined && type !== null && !CALLOUT_TYPES.includes(type))
          report(node, `<Callout type="${type}">: type must be one of ${CALLOUT_TYPES.join(', ')}`);
      } else if (name === 'Tabs') {
        // Tabs written on one line sit in a paragraph.
        const kids = (node.children ?? []).flatMap((c) => (c.type === 'paragraph' ? (c.children ?? []) : [c])) as Element[];
        if (!kids.some((c) => c.type.startsWith('mdxJsx') && c.name === 'Tab'))
          report(node, '<Tabs> has no <Tab label="…"> inside: write one <Tab> per alternative');
      } else if (name === 'Tab') {
        if (!text('label')?.trim()) report(node, '<Tab> needs label="…" (the name of its tab)');
      } else if (name === 'Fact') {
        const checked = text('checked');
        try {
          factDate(checked ?? '');
        } catch {
          report(
            node,
            `<Fact${checked ? ` checked="${checked}"` : ''}> needs checked="YYYY-MM-DD", a real date: when the statement was last checked`,
          );
        }
      } else if (name === 'Figure') {
        const src = text('src');
        if (src !== null && (!src?.startsWith('/') || src.startsWith('//')))
          report(node, `<Figure${src ? ` src="${src}"` : ''}> needs src="…", the site path of a file in public/ (/images/x.png)`);
        else if (src) checkImage(node, '<Figure src>', src);
        if (text('alt') === undefined)
          report(node, '<Figure> needs alt="…" describing the image (alt="" only when the caption says it all)');
      }
    };

    // The frontmatter reaches plugins parsed, so its lines are found in the file itself.
    const lineOf = (text: string) => {
      try {
        return (
          readFileSync(fileURLToPath(file.fileURL!), 'utf8')
            .split('\n')
            .findIndex((l) => l.includes(text)) + 1
        );
      } catch {
        return 0;
      }
    };
    // Quiz text is inline Markdown rendered by SelfCheck: its links are checked here, where the file is known.
    const quiz = (file.data as { astro?: { frontmatter?: { quiz?: unknown } } }).astro?.frontmatter?.quiz;
    if (Array.isArray(quiz))
      quiz.forEach((q: Record<string, unknown>, i) => {
        for (const [field, value] of Object.entries(q))
          for (const [j, text] of (Array.isArray(value) ? value : [value]).entries()) {
            if (typeof text !== 'string') continue;
            try {
              inlineMarkdown(text);
            } catch (error) {
              const line = lineOf(text.slice(0, 40));
              const path = `quiz[${i}].${field}${Array.isArray(value) ? `[${j}]` : ''}`;
              report({ position: line ? { start: { line } } : undefined }, `${path}: ${(error as Error).message}`);
            }
          }
      });

    return defineMdastPlugin({
      name: 'course-lesson-checks',
      options: { position: true },
      link: (node) => void checkUrl(node, 'link', node.url),
      definition: (node) => void checkUrl(node, 'link definition', node.url),
      image: (node) => checkImage(node, 'image', node.url),
      mdxJsxFlowElement: (node) => element(node as Element),
      mdxJsxTextElement: (node) => element(node as Element),
      mdxjsEsm: (node) =>
        void report(node, `import/export is not allowed: lessons import nothing (${COMPONENTS} are always available)`),
      mdxFlowExpression: (node) => expression(node),
      mdxTextExpression: (node) => expression(node),
      after: () => {
        if (problems.length) throw new Error(problems.join('\n'));
      },
    });

    function expression(node: Located & { value: string }) {
      if (isInertExpression(node.value)) return;
      const shown = node.value.trim().replace(/\s+/g, ' ');
      report(
        node,
        `{${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}}: code in braces is not allowed; only a string ({" "}) or a comment ({/* … */})`,
      );
    }
  };
}
