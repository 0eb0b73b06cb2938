import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToMarkdownTwin, pageToMarkdown } from './markdown-twin';

const root = mkdtempSync(join(tmpdir(), 'twin-'));
writeFileSync(join(root, 'app.py'), '# region hello\nprint("hi")\n# endregion hello\n');
const options = { siteUrl: 'https://x.github.io/course/', terms: new Map([['iaas', 'Infrastructure as a Service']]), root };

describe('mdxToMarkdownTwin', () => {
  it('turns components into readable Markdown and leaves no JSX', () => {
    const md = mdxToMarkdownTwin(
      [
        '---',
        'title: x',
        '---',
        '',
        'A <Term id="vm">virtual machine</Term> rents by the hour; see <Term id="iaas" />. Go [here](/cloud/x/#a) — or [out](https://a.org).',
        '',
        '<Callout title="Heads up" type="warning">',
        '',
        'Release the **floating IP**.',
        '',
        '</Callout>',
        '',
        '### Try it: run it',
        '',
        '<Solution>',
        '',
        'It prints `hi`.',
        '',
        '</Solution>',
        '',
        'Lambda allows <Fact checked="2026-11-30">10,240 MB</Fact>.',
        '',
        '```python file="app.py" region="hello"',
        '```',
        '',
        '```mermaid title="Flow"',
        'flowchart LR',
        '  A --> B',
        '```',
      ].join('\n'),
      options,
    );
    expect(md).toContain('A virtual machine rents by the hour; see Infrastructure as a Service.');
    expect(md).toContain('[here](https://x.github.io/course/cloud/x/#a) — or [out](https://a.org)');
    expect(md).toContain('> **Heads up**\n>\n> Release the **floating IP**.');
    expect(md).toContain('> **Solution**\n>\n> It prints `hi`.');
    expect(md).toContain('Lambda allows 10,240 MB (as of Nov 2026).');
    expect(md).toContain('```python title="app.py"\nprint("hi")\n```');
    expect(md).toContain('```mermaid title="Flow"\nflowchart LR');
    expect(md).not.toMatch(/<\/?(Term|Callout|Solution|Fact)\b/);
    expect(md).not.toContain('title: x');
  });
});

describe('pageToMarkdown', () => {
  it('adds title, objectives and the self-check with its answers', () => {
    const md = pageToMarkdown(
      {
        title: 'Docker',
        description: 'Containers.',
        url: 'https://x.github.io/course/tools/docker/',
        objectives: ['Write a Dockerfile'],
        quiz: [{ question: 'Which port?', choices: ['22', '8000'], answer: 1, explanation: 'The service listens on 8000.' }],
        body: 'Text.',
      },
      options,
    );
    expect(md).toMatch(
      /^# Docker\n\n> Containers\.\n\nSource: https:\/\/x\.github\.io\/course\/tools\/docker\/\n\n## You will be able to\n\n- Write a Dockerfile/,
    );
    expect(md).toContain(
      '## Check yourself\n\n1. Which port?\n   - 22\n   - **8000** (correct)\n\n   The service listens on 8000.',
    );
  });
});
