import { describe, expect, it } from 'vitest';
import { labToNotebook } from './notebook';

const lab = {
  title: 'Hello',
  description: 'A lab.',
  url: 'https://x.github.io/notes/labs/hello/',
  body: [
    '---',
    'title: Hello',
    '---',
    '',
    'Reserve a <Term id="lease">lease</Term>, see [the lesson](/cloud/x/).',
    '',
    '```python',
    'import chi',
    'print(chi)',
    '```',
    '',
    '<Callout type="tip" title="Checkpoint">You should now see a lease.</Callout>',
    '',
    '```bash title="Jupyter notebook cell"',
    'openstack server list',
    '```',
    '',
    '```bash title="Laptop terminal"',
    'ssh cc@1.2.3.4',
    '```',
    '',
    '```yaml',
    'a: 1',
    '```',
  ].join('\n'),
};

describe('labToNotebook', () => {
  const nb = labToNotebook(lab, 'https://x.github.io/notes/');
  it('is nbformat 4 with a Python kernel and unique cell ids', () => {
    expect(nb).toMatchObject({ nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'python3' } } });
    expect(new Set(nb.cells.map((c) => c.id)).size).toBe(nb.cells.length);
  });
  it('keeps the order: title, prose, python, prose, notebook shell, other commands and code as Markdown', () => {
    expect(nb.cells.map((c) => c.cell_type)).toEqual([
      'markdown',
      'markdown',
      'code',
      'markdown',
      'code',
      'markdown',
      'markdown',
    ]);
    expect(nb.cells[2]!.source.join('')).toBe('import chi\nprint(chi)');
    expect(nb.cells[4]!.source.join('')).toBe('%%bash\nopenstack server list');
    expect(nb.cells[5]!.source.join('')).toBe('**Laptop terminal**\n\n```bash\nssh cc@1.2.3.4\n```');
    expect(nb.cells[6]!.source.join('')).toBe('```yaml\na: 1\n```');
  });
  it('gives code cells empty outputs and no execution count', () => {
    for (const c of nb.cells.filter((c) => c.cell_type === 'code'))
      expect(c).toMatchObject({ outputs: [], execution_count: null });
  });
});

describe('labToNotebook on components', () => {
  it('turns an aside with its expected output into one quoted Markdown cell, and links into absolute ones', () => {
    const nb = labToNotebook(
      {
        ...lab,
        body: 'See <Term id="vm" /> and [x](/a/b/#c).\n\n<Callout type="tip" title="Checkpoint">\n\nYou should see:\n\n```text\nACTIVE\n```\n\n</Callout>\n',
      },
      'https://s/b/',
      new Map([['vm', 'Virtual machine']]),
    );
    expect(nb.cells.map((c) => c.cell_type)).toEqual(['markdown', 'markdown']);
    expect(nb.cells[1]!.source.join('')).toBe(
      'See Virtual machine and [x](https://s/b/a/b/#c).\n\n> **Checkpoint**\n>\n> You should see:\n>\n> ```text\n> ACTIVE\n> ```',
    );
  });
});
