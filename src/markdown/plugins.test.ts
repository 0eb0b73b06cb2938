import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdastPluginList } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  baseLinks,
  compactCodeBlock,
  includedCode,
  mermaidDiagrams,
  scrollableTables,
  termChecks,
  TOKEN_COLOURS,
} from './plugins';

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

describe('compactCodeBlock', () => {
  type Node = Parameters<typeof compactCodeBlock>[0];
  const el = (tagName: string, className: string[], children: Node[] = []): Node => ({
    type: 'element',
    tagName,
    properties: className.length ? { className } : {},
    children,
  });
  const text = (value: string): Node => ({ type: 'text', value });
  const line = (...children: Node[]) => el('div', ['ec-line'], [el('div', ['code'], children)]);
  const block = (frame: string[], caption: Node[], lines: Node[]) =>
    el(
      'div',
      ['expressive-code'],
      [el('figure', ['frame', ...frame], [el('figcaption', ['header'], caption), el('pre', [], [el('code', [], lines)])])],
    );
  const html = (node: Node): string =>
    node.type === 'text'
      ? node.value!
      : `<${node.tagName}${node.properties?.className ? ` class="${(node.properties.className as string[]).join(' ')}"` : ''}>${(node.children ?? []).map(html).join('')}</${node.tagName}>`;

  it('leaves one figure, its frame as a class, and the code as text lines (an empty line stays one)', () => {
    const title = [el('span', ['title'], [text('app.py')])];
    const lines = [line(el('t-2', [], [text('import')]), text(' os')), line(text('\n')), line(text('print(os.sep)'))];
    expect(html(compactCodeBlock(block(['has-title'], title, lines)))).toBe(
      '<figure class="expressive-code editor"><figcaption><span class="title">app.py</span> </figcaption>' +
        '<pre><code><t-2>import</t-2> os\n\nprint(os.sep)</code></pre></figure>',
    );
  });
  it("keeps a terminal's bar, drops an untitled editor's empty caption, and shows a last empty line", () => {
    const terminal = block(['is-terminal', 'has-title'], [el('span', ['title'], [text('laptop')])], [line(text('ls'))]);
    expect(html(compactCodeBlock(terminal))).toMatch(
      /^<figure class="expressive-code terminal"><figcaption><span class="title">laptop/,
    );
    expect(html(compactCodeBlock(block([], [], [line(text('a')), line(text('\n'))])))).toBe(
      '<figure class="expressive-code"><pre><code>a\n\n</code></pre></figure>',
    );
  });
  it('fails on a line it does not know rather than lose its look', () => {
    const marked = el('div', ['ec-line', 'mark'], [el('div', ['code'], [text('x')])]);
    expect(() => compactCodeBlock(block([], [], [marked]))).toThrow(/a line it does not know/);
  });
  it('colours every token class in code-blocks.css', () => {
    const css = readFileSync(new URL('./code-blocks.css', import.meta.url), 'utf8').toLowerCase();
    TOKEN_COLOURS.forEach(([light, dark], i) => {
      expect(css).toContain(`\nt-${i} {\n  --0: ${light.toLowerCase()};\n  --1: ${dark.toLowerCase()};\n}`);
    });
    expect(css).not.toMatch(new RegExp(`\\bt-${TOKEN_COLOURS.length}\\b`));
  });
});
