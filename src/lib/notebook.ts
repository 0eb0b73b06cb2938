// A lab as a Jupyter notebook (nbformat 4): prose becomes Markdown cells, Python blocks code cells, and shell
// blocks code cells (%%bash) only when titled for the notebook; other commands stay as text to copy.
import { extractCodeBlocks, withIncludes } from './code-blocks';

export interface NotebookCell {
  id?: string;
  cell_type: 'markdown' | 'code';
  metadata: Record<string, unknown>;
  source: string[];
  execution_count?: null;
  outputs?: unknown[];
}
export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** Turns the MDX components authors use into plain Markdown a notebook can show. */
export function mdxToMarkdown(text: string, siteUrl: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<Term\s+id="([^"]+)"\s*\/>/g, '$1')
    .replace(/<Term\s+id="[^"]+"\s*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(
      /<Callout(?:\s+type="(\w+)")?(?:\s+title="([^"]*)")?\s*>/g,
      (_m, type: string | undefined, title: string | undefined) =>
        `> **${title ?? (type ? type[0]!.toUpperCase() + type.slice(1) : 'Note')}:** `,
    )
    .replace(/<\/Callout>/g, '')
    .replace(/<Tab\s+label="([^"]+)"\s*>/g, '**$1**')
    .replace(/<\/?Tabs?>/g, '')
    .replace(/<Figure[^>]*alt="([^"]*)"[^>]*\/>/g, '*[Figure: $1]*')
    .replace(/\]\((\/[^)]*)\)/g, (_m, path: string) => `](${siteUrl}${path.slice(1)})`)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const lines = (text: string): string[] => text.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
const markdownCell = (text: string): NotebookCell => ({ cell_type: 'markdown', metadata: {}, source: lines(text) });
const codeCell = (code: string): NotebookCell => ({
  cell_type: 'code',
  metadata: {},
  execution_count: null,
  outputs: [],
  source: lines(code),
});

/**
 * Builds the notebook. `siteUrl` is the absolute URL of the site root with the base (ends with `/`), so
 * the lesson links written root-relative still work from Jupyter.
 */
export function labToNotebook(lab: { title: string; description: string; url: string; body: string }, siteUrl: string): Notebook {
  const body = lab.body.replace(/^---\n[\s\S]*?\n---\n/, '');
  const cells: NotebookCell[] = [
    markdownCell(`# ${lab.title}\n\n${lab.description}\n\nThis notebook is the lab at ${lab.url}. Run the cells in order.`),
  ];
  const bodyLines = body.split('\n');
  let cursor = 0;
  const flushProse = (until: number) => {
    const prose = mdxToMarkdown(bodyLines.slice(cursor, until).join('\n'), siteUrl);
    if (prose) cells.push(markdownCell(prose));
  };
  // Included files (```python file="examples/…"```) carry the same text the page shows.
  for (const block of withIncludes(extractCodeBlocks(body))) {
    const start = block.line - 1;
    const end = block.endLine! - 1;
    flushProse(start);
    const title = /title="([^"]*)"/.exec(block.meta)?.[1];
    if (['python', 'py'].includes(block.lang)) cells.push(codeCell(block.code));
    // Shell runs in the notebook only when its title says so; laptop, VM and terminal commands stay text to copy.
    else if (['bash', 'sh', 'shell'].includes(block.lang) && /notebook/i.test(title ?? ''))
      cells.push(codeCell(`%%bash\n${block.code}`));
    else if (block.lang !== 'mermaid')
      cells.push(markdownCell(`${title ? `**${title}**\n\n` : ''}\`\`\`${block.lang}\n${block.code}\n\`\`\``));
    cursor = end + 1;
  }
  flushProse(bodyLines.length);
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells: cells.map((cell, i) => ({ id: `cell-${i}`, ...cell })),
  };
}
