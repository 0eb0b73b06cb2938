import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lessonChecks } from './checks';

const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
mkdirSync(join(publicDir, 'images'));
writeFileSync(join(publicDir, 'images', 'vm.png'), '');
const file = join(process.cwd(), 'content/lessons/x/y.mdx');

/** The build error for a lesson body, or '' when it passes. */
function problems(body: string, frontmatter: Record<string, unknown> = { title: 'T' }): string {
  try {
    mdxToJs(`---\ntitle: T\n---\n\n${body}\n`, {
      mdastPlugins: [lessonChecks({ publicDir })],
      fileURL: pathToFileURL(file),
      // What Astro's MDX integration hands the plugins.
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('lessonChecks', () => {
  it('passes what authors write', async () => {
    expect(
      problems(
        [
          'A [link](/cloud/x/), [a source](https://nist.gov/), [mail](mailto:a@b.c), [here](#intro), [ref][r].{" "}{/* note */}',
          '',
          '[r]: https://nist.gov/',
          '',
          '![A VM](/images/vm.png) and ![relative](./local.png)',
          '',
          '<Callout type="deeper" title="Going deeper">x</Callout>',
          '<Callout>default note</Callout>',
          '<Tabs>\n<Tab label="CLI">\n\nx\n\n</Tab>\n</Tabs>',
          '<Tabs><Tab label="A">a</Tab><Tab label="B">b</Tab></Tabs>',
          'It was <Fact checked="2026-11-30">true</Fact>.',
          '<Figure src="/images/vm.png" alt="A VM" caption="x" width={640} />',
          '<Figure src="/images/vm.png" alt="" caption="Decorative" />',
          '<Solution>outside an exercise is fine</Solution>',
          '<a href="https://x.org/" title={"t"}>x</a>',
        ].join('\n'),
      ),
    ).toBe('');
  });

  it('refuses links whose scheme can run code, in Markdown, definitions and JSX, naming file and line', async () => {
    const out = problems(
      [
        '[a](javascript:alert(1))',
        '[b](&#106;avascript:alert(1))',
        '[c][r]',
        '',
        '[r]: VBScript:msgbox',
        '',
        '<a href="data:text/html,x">d</a>',
        '<img src={"java\\tscript:x"} alt="" />',
      ].join('\n'),
    );
    expect(out).toContain('content/lessons/x/y.mdx:5: link "javascript:alert(1)" uses the scheme "javascript:"');
    expect(out).toContain('content/lessons/x/y.mdx:6: link "javascript:alert(1)"');
    expect(out).toContain(':9: link definition "VBScript:msgbox" uses the scheme "vbscript:"');
    expect(out).toContain(':11: <a href> "data:text/html,x" uses the scheme "data:"');
    expect(out).toContain(':12: <img src>');
    expect(out).toContain('accepted: http(s)://…, mailto:…, a site path');
  });

  it('refuses raw elements that run code, event handlers, ESM and code in braces', async () => {
    const out = problems(
      [
        'import X from "./x"',
        'export const y = 1',
        '',
        '<script>alert(1)</script>',
        '<iframe src="https://x.org/" />',
        '<object data="x.swf" />',
        '<embed src="x.swf" />',
        '<div onClick="x">y</div>',
        '<b onmouseover={"x"}>z</b> and {process.env.HOME} and {import.meta.env.SECRET}',
        '',
        '{fetch("https://x.org/")}',
        '<span {...props}>s</span> <Figure src={path} alt="" />',
      ].join('\n'),
    );
    expect(out).toContain(':5: import/export is not allowed');
    expect(out).toContain(':8: <script> is not allowed');
    expect(out).toContain(':9: <iframe> is not allowed');
    expect(out).toContain(':10: <object> is not allowed');
    expect(out).toContain(':11: <embed> is not allowed');
    expect(out).toContain(':12: <div onClick>: event handler attributes');
    expect(out).toContain(':13: <b onmouseover>: event handler attributes');
    expect(out).toContain(':13: {process.env.HOME}: code in braces is not allowed');
    expect(out).toContain(':13: {import.meta.env.SECRET}');
    expect(out).toContain(':15: {fetch("https://x.org/")}');
    expect(out).toContain(':16: <span {...props}>: spread attributes are not allowed');
    expect(out).toContain(':16: <Figure src={…}>: only a literal value is allowed');
  });

  it('refuses images that are missing from public/, remote, or a <Figure> without alt or a site path', async () => {
    const out = problems(
      [
        '![gone](/images/gone.png)',
        '![remote](https://x.org/a.png)',
        '<Figure src="/images/nope.png" alt="x" />',
        '<Figure src="/images/vm.png" />',
        '<Figure src="images/vm.png" alt="x" />',
        '<Figure src="https://x.org/a.png" alt="x" />',
      ].join('\n'),
    );
    expect(out).toContain(':5: image "/images/gone.png" is not a file in public/');
    expect(out).toContain(':6: image "https://x.org/a.png" is on another site');
    expect(out).toContain(':7: <Figure src> "/images/nope.png" is not a file in public/');
    expect(out).toContain(':8: <Figure> needs alt="…"');
    expect(out).toContain(':9: <Figure src="images/vm.png"> needs src="…", the site path of a file in public/');
    expect(out).toContain(':10: <Figure src="https://x.org/a.png"> needs src="…"');
  });

  it('refuses components used against their documentation', async () => {
    const out = problems(
      [
        '<Callout type="danger">x</Callout>',
        '<Tabs>\n\nno tab\n\n</Tabs>',
        '<Tabs><Tab>a</Tab></Tabs>',
        'A <Fact checked="Nov 2026">x</Fact> and <Fact checked="2026-02-30">y</Fact> and <Fact>z</Fact>.',
      ].join('\n'),
    );
    expect(out).toContain(':5: <Callout type="danger">: type must be one of note, tip, warning, deeper');
    expect(out).toContain(':6: <Tabs> has no <Tab label="…"> inside');
    expect(out).toContain(':11: <Tab> needs label="…"');
    expect(out).toContain(':12: <Fact checked="Nov 2026"> needs checked="YYYY-MM-DD"');
    expect(out).toContain(':12: <Fact checked="2026-02-30"> needs');
    expect(out).toContain(':12: <Fact> needs checked=');
  });

  it('refuses a quiz link whose scheme can run code, naming the field', async () => {
    const quiz = [
      {
        question: 'Why `COPY` first?',
        choices: ['See [docs](https://docs.docker.com/)', '[x](javascript:alert(1))'],
        answer: 0,
        explanation: 'x',
      },
    ];
    expect(problems('Text.', { title: 'T', quiz })).toContain(
      'content/lessons/x/y.mdx: quiz[0].choices[1]: link "javascript:alert(1)" uses the scheme "javascript:"',
    );
    expect(problems('Text.', { title: 'T', quiz: quiz.map((q) => ({ ...q, choices: ['a', 'b'] })) })).toBe('');
  });
});
