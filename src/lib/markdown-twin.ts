// A lesson or lab as plain Markdown, for AI assistants (llms-full.txt and the .md twin of each page).
// The MDX is parsed, not pattern-matched: components become Markdown a reader understands, the rest is kept as written.
import { mdxToMdast } from 'satteri';
import { includedMeta, parseInclude, readIncluded } from './includes';
import { factDate } from './facts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  lang?: string | null;
  meta?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset: number }; end: { offset: number } };
}

export interface TwinOptions {
  /** Absolute URL of the site root with its base (ends with `/`): root-relative links become absolute. */
  siteUrl: string;
  /** Glossary terms by id, for `<Term id="x" />` without words of its own. */
  terms?: Map<string, string> | undefined;
  /** Where included files are read from (the project root). */
  root?: string | undefined;
}

const attr = (node: Node, name: string): string | undefined => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const quote = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');

/** The MDX body (frontmatter allowed) as Markdown. */
export function mdxToMarkdownTwin(source: string, options: TwinOptions): string {
  const tree = mdxToMdast(source) as unknown as Node;
  const slice = (from: number, to: number) => source.slice(from, to);
  const start = (n: Node) => n.position!.start.offset;
  const end = (n: Node) => n.position!.end.offset;

  const children = (node: Node): string => {
    const kids = (node.children ?? []).filter((k) => k.position);
    if (!kids.length) return '';
    let out = '';
    kids.forEach((kid, i) => {
      if (i > 0) out += slice(end(kids[i - 1]!), start(kid));
      out += render(kid);
    });
    return out;
  };
  /** A node with its own text around its children kept (list markers, emphasis, brackets). */
  const withChildren = (node: Node): string => {
    const kids = (node.children ?? []).filter((k) => k.position);
    if (!kids.length) return slice(start(node), end(node));
    return slice(start(node), start(kids[0]!)) + children(node) + slice(end(kids.at(-1)!), end(node));
  };

  const component = (node: Node): string => {
    const inner = () => children(node).trim();
    switch (node.name) {
      case 'Term':
        return inner() || options.terms?.get(attr(node, 'id') ?? '') || attr(node, 'id') || '';
      case 'Fact': {
        const checked = attr(node, 'checked') ?? '';
        return `${inner()} (as of ${factDate(checked).label})`;
      }
      case 'Callout': {
        const type = attr(node, 'type') ?? 'note';
        const title = attr(node, 'title') ?? (type === 'deeper' ? 'Going deeper' : type[0]!.toUpperCase() + type.slice(1));
        return quote(`**${title}**\n\n${inner()}`);
      }
      case 'Solution':
        return quote(`**${attr(node, 'title') ?? 'Solution'}**\n\n${inner()}`);
      case 'Tab':
        return `**${attr(node, 'label') ?? 'Tab'}**\n\n${inner()}`;
      case 'Figure': {
        const caption = attr(node, 'caption');
        return `![${attr(node, 'alt') ?? ''}](${absolute(attr(node, 'src') ?? '')})${caption ? `\n\n*${caption}*` : ''}`;
      }
      default:
        return inner();
    }
  };
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? options.siteUrl + url.slice(1) : url);

  function render(node: Node): string {
    switch (node.type) {
      case 'yaml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return '';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return component(node);
      case 'link':
        return `[${children(node)}](${absolute(node.url ?? '')})`;
      case 'code': {
        const spec = parseInclude(node.meta ?? '');
        if (!spec) return slice(start(node), end(node));
        const fence = '```';
        return `${fence}${node.lang ?? ''} ${includedMeta(node.meta ?? '', spec)}\n${readIncluded(spec, options.root)}\n${fence}`;
      }
      default:
        return node.children ? withChildren(node) : slice(start(node), end(node));
    }
  }

  return children(tree)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface TwinPage {
  title: string;
  description: string;
  url: string;
  objectives?: string[];
  quiz?: { question: string; choices: string[]; answer: number; explanation: string }[];
  body: string;
}

/** A whole page: title, summary, objectives, the body, and the self-check with its answers. */
export function pageToMarkdown(page: TwinPage, options: TwinOptions): string {
  const parts = [`# ${page.title}`, `> ${page.description}`, `Source: ${page.url}`];
  if (page.objectives?.length) parts.push(`## You will be able to\n\n${page.objectives.map((o) => `- ${o}`).join('\n')}`);
  parts.push(mdxToMarkdownTwin(page.body, options));
  if (page.quiz?.length)
    parts.push(
      `## Check yourself\n\n${page.quiz
        .map(
          (q, i) =>
            `${i + 1}. ${q.question}\n${q.choices.map((c, j) => `   - ${j === q.answer ? '**' : ''}${c}${j === q.answer ? '** (correct)' : ''}`).join('\n')}\n\n   ${q.explanation}`,
        )
        .join('\n\n')}`,
    );
  return `${parts.join('\n\n')}\n`;
}
