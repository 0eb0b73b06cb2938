// A lab as a Jupyter notebook (nbformat 4): prose becomes Markdown cells, Python blocks code cells, and shell
// blocks code cells (%%bash) only when titled for the notebook; other commands stay as text to copy.
import { extractCodeBlocks } from './code-blocks';
import { mdxToMarkdownTwin } from './markdown-twin';

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
 * the lesson links written root-relative still work from Jupyter. The lab is first turned into Markdown by parsing
 * its MDX (components become Markdown, included files their text), then cut into cells at its code blocks.
 */
export function labToNotebook(
  lab: { title: string; description: string; url: string; body: string },
  siteUrl: string,
  terms?: Map<string, string>,
): Notebook {
  const markdown = mdxToMarkdownTwin(lab.body, { siteUrl, terms });
  const cells: NotebookCell[] = [
    markdownCell(`# ${lab.title}\n\n${lab.description}\n\nThis notebook is the lab at ${lab.url}. Run the cells in order.`),
  ];
  const bodyLines = markdown.split('\n');
  let cursor = 0;
  const flushProse = (until: number) => {
    const prose = bodyLines.slice(cursor, until).join('\n').trim();
    if (prose) cells.push(markdownCell(prose));
  };
  // A block quoted inside an aside (a checkpoint's expected output, `> ```text`) is no fence here: it stays in its Markdown.
  for (const block of extractCodeBlocks(markdown)) {
    flushProse(block.line - 1);
    const title = /title="([^"]*)"/.exec(block.meta)?.[1];
    if (['python', 'py'].includes(block.lang)) cells.push(codeCell(block.code));
    // Shell runs in the notebook only when its title says so; laptop, VM and terminal commands stay text to copy.
    else if (['bash', 'sh', 'shell'].includes(block.lang) && /notebook/i.test(title ?? ''))
      cells.push(codeCell(`%%bash\n${block.code}`));
    else if (block.lang !== 'mermaid')
      cells.push(markdownCell(`${title ? `**${title}**\n\n` : ''}\`\`\`${block.lang}\n${block.code}\n\`\`\``));
    cursor = block.endLine!;
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
