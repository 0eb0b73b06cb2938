import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdastPluginList } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks, includedCode, mermaidDiagrams, scrollableTables, termChecks } from './plugins';

const fileURL = pathToFileURL(join(process.cwd(), 'content/lessons/x/y.mdx'));
const compile = async (body: string, plugins: MdastPluginList) =>
  (await mdxToJs(`---\ntitle: T\n---\n\n${body}\n`, { mdastPlugins: plugins, fileURL })).code;
const error = (p: Promise<unknown>) =>
  p.then(
    () => '',
    (e: Error) => e.message,
  );

describe('baseLinks', () => {
  it('adds the base to root-relative links, reference definitions and images, and leaves the rest', async () => {
    const code = await compile(
      '[a](/cloud/x/) [b][r] ![i](/images/vm.png) [c](https://x.org/) [d](#here) [e](/mlops-notes/y/) [f](//cdn.x/)\n\n[r]: /cloud/y/#z',
      [baseLinks('/mlops-notes/')],
    );
    expect(code).toContain('href: "/mlops-notes/cloud/x/"');
    expect(code).toContain('href: "/mlops-notes/cloud/y/#z"');
    expect(code).toContain('src: "/mlops-notes/images/vm.png"');
    for (const href of ['https://x.org/', '#here', '/mlops-notes/y/', '//cdn.x/']) expect(code).toContain(`href: "${href}"`);
    expect(await compile('[a](/cloud/x/)', [baseLinks('/')])).toContain('href: "/cloud/x/"');
  });
});

describe('mermaidDiagrams', () => {
  it('renders a diagram, and warns naming the file and line when it would shrink its text below 12 px', async () => {
    const warnings: string[] = [];
    const nodes = Array.from({ length: 8 }, (_, i) => `N${i}[Step number ${i}]`).join(' --> ');
    const code = await compile(`Intro.\n\n\`\`\`mermaid title="A long chain"\nflowchart LR\n  ${nodes}\n\`\`\``, [
      mermaidDiagrams((m) => warnings.push(m)),
    ]);
    expect(code).toContain('class=\\"diagram\\"');
    expect(warnings).toEqual([
      expect.stringMatching(/^content\/lessons\/x\/y\.mdx:7: diagram "A long chain" is \d+ px wide: .* renders at \d+\.\d px/),
    ]);
  });
  it('fails naming the file and line of an invalid diagram', async () => {
    expect(await error(compile('```mermaid title="Bad"\nflowchart sideways\n```', [mermaidDiagrams(() => {})]))).toMatch(
      /^content\/lessons\/x\/y\.mdx:5: invalid mermaid diagram "Bad"/,
    );
  });
});

describe('includedCode, termChecks, scrollableTables', () => {
  it('fails naming the line of a missing include', async () => {
    expect(await error(compile('```python file="examples/nope.py"\n```', [includedCode()]))).toMatch(
      /^content\/lessons\/x\/y\.mdx:5: /,
    );
  });
  it('fails naming the line of a term missing from the glossary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'glossary.yaml'), '- id: iaas\n  term: IaaS\n  definition: x\n');
    expect(await compile('<Term id="iaas" />', [termChecks(dir)])).toContain('Term');
    expect(await error(compile('Text.\n\n<Term id="paas" />', [termChecks(dir)]))).toMatch(
      /^content\/lessons\/x\/y\.mdx:7: <Term id="paas"> is not in the glossary/,
    );
  });
  it('gives tables a tab stop', async () => {
    expect(await compile('| a |\n| - |\n| b |', [scrollableTables()])).toMatch(/tabIndex: "0"/);
  });
});
