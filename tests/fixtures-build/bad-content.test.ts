// Bad content must fail the build with a message naming the file and the field; good content must build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { astroBuild, BUILDS_DIR, type BuildResult } from '../helpers/build';
import { serveDist } from '../helpers/server';
import { notebookProblems } from '../helpers/notebook';

const GOOD = 'tests/fixtures/good';
const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text))
    throw new Error(`fixture edit found nothing to replace in ${file}`);
  writeFileSync(path, text.replace(from, to));
};
const add = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const append = (dir: string, file: string, text: string) =>
  writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n${text}\n`);
const lesson = (title: string, body = 'Text.') => `---\ntitle: ${title}\ndescription: A lesson.\n---\n\n${body}\n`;
const CONTAINERS = 'lessons/tools/containers.mdx';
/** `lessons/tools/containers.mdx:<line>: <message>`: the lesson checks name the file and line of every problem at once. */
const atLine = (message: string) =>
  new RegExp(`lessons/tools/containers\\.mdx:\\d+: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

interface Case {
  name: string;
  /** Cases of one group go into one build: the course checks report every problem at once. */
  group?: string;
  mutate: (dir: string) => void;
  /** Each must appear in the build output. */
  expect: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'missing title',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'title: Containers\n', ''),
    expect: ['lessons/tools/containers.mdx', /title/],
  },
  {
    name: 'mistyped order',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'order: 1', 'order: first'),
    expect: ['lessons/tools/containers.mdx', /order/],
  },
  {
    name: 'unknown frontmatter field',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'order: 1', 'order: 1\ntitel: Typo'),
    expect: ['lessons/tools/containers.mdx', /titel/],
  },
  {
    name: 'quiz answer not among the choices',
    mutate: (d) => edit(d, 'lessons/basics/clouds.mdx', 'answer: 1', 'answer: 5'),
    expect: ['lessons/basics/clouds.mdx', /quiz.*answer|answer.*not the index/s],
  },
  {
    name: 'lesson in a module modules.yaml lacks',
    group: 'course-checks',
    mutate: (d) => add(d, 'lessons/ghost/x.mdx', lesson('Ghost')),
    expect: ['lessons/ghost/x.mdx', 'module "ghost" is not in modules.yaml'],
  },
  {
    name: 'two pages with one URL',
    group: 'course-checks',
    mutate: (d) => add(d, 'lessons/basics/clouds/index.mdx', lesson('Again')),
    expect: ['lessons/basics/clouds/index.mdx', 'has the same URL /basics/clouds/'],
  },
  {
    name: 'two names differing in case',
    mutate: (d) => add(d, 'lessons/basics/Clouds.mdx', lesson('Again')),
    expect: [/lessons\/basics\/(Clouds|clouds)\.mdx/, 'has the same URL /basics/clouds/'],
  },
  {
    name: 'reserved module id',
    mutate: (d) => edit(d, 'modules.yaml', '- id: tools', '- id: glossary'),
    expect: ['modules.yaml', 'reserved route'],
  },
  {
    name: 'unknown prerequisite',
    group: 'course-checks',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'prerequisites: [basics/clouds]', 'prerequisites: [basics/nope]'),
    expect: ['lessons/tools/containers.mdx', 'prerequisites[0]: "basics/nope" is not a lesson'],
  },
  {
    name: 'unknown outline topic',
    group: 'course-checks',
    mutate: (d) => edit(d, 'lessons/basics/clouds.mdx', 'covers: [clouds]', 'covers: [cloudz]'),
    expect: ['lessons/basics/clouds.mdx', 'covers[0]: "cloudz" is not a topic id'],
  },
  {
    name: 'term not in the glossary',
    mutate: (d) => edit(d, 'lessons/basics/clouds.mdx', '<Term id="iaas" />', '<Term id="paas" />'),
    expect: ['lessons/basics/clouds.mdx', '<Term id="paas"> is not in the glossary'],
  },
  {
    name: 'internal link to no page',
    group: 'page-checks',
    mutate: (d) => edit(d, 'lessons/basics/clouds.mdx', '(/tools/containers/)', '(/tools/containerz/)'),
    expect: ['lessons/basics/clouds.mdx', 'link "/mlops-notes/tools/containerz/" points to no page'],
  },
  {
    name: 'anchor that points nowhere',
    group: 'page-checks',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', '#floating-ips', '#floating-ipz'),
    expect: ['lessons/tools/containers.mdx', 'points to no #floating-ipz'],
  },
  {
    name: 'invalid mermaid diagram',
    mutate: (d) => edit(d, 'lessons/basics/clouds.mdx', 'flowchart LR', 'flowchart sideways'),
    expect: ['lessons/basics/clouds.mdx', 'invalid mermaid diagram'],
  },
  {
    name: 'mermaid without a title',
    mutate: (d) => edit(d, 'lessons/basics/clouds.mdx', /```mermaid title="[^"]+"/, '```mermaid'),
    expect: ['lessons/basics/clouds.mdx', 'needs title='],
  },
  {
    name: 'included file that does not exist',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'include/serve.py', 'include/serve2.py'),
    expect: ['lessons/tools/containers.mdx', 'file="tests/fixtures/include/serve2.py" does not exist'],
  },
  {
    name: 'included region that does not exist',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'region="handler"', 'region="train"'),
    expect: ['lessons/tools/containers.mdx', 'has no "# region train"'],
  },
  {
    name: 'lesson linking a lab that does not exist',
    group: 'course-checks',
    mutate: (d) => edit(d, 'lessons/tools/containers.mdx', 'order: 1', 'order: 1\nlabs: [no-such-lab]'),
    expect: ['lessons/tools/containers.mdx', 'labs[0]: "no-such-lab" is not a lab'],
  },
  {
    name: 'heading that takes an id the layout uses',
    group: 'page-checks',
    mutate: (d) => append(d, 'lessons/basics/clouds.mdx', '## Objectives\n\nText.\n\n## Self-check\n\nMore text.'),
    expect: [
      'lessons/basics/clouds.mdx: id "objectives" is used 2 times on /mlops-notes/basics/clouds/',
      'lessons/basics/clouds.mdx: id "self-check" is used 2 times',
    ],
  },
  {
    name: 'links whose scheme can run code',
    group: 'lesson-checks',
    mutate: (d) =>
      append(
        d,
        CONTAINERS,
        '[a](JavaScript:alert(1)) [b][evil] <a href="vbscript:msgbox">c</a>\n\n[evil]: &#x64;ata:text/html,x',
      ),
    expect: [
      // The first text appended to the file: its line is the one after the blank line append() adds.
      `lessons/tools/containers.mdx:${readFileSync(join(GOOD, CONTAINERS), 'utf8').split('\n').length + 1}: link "JavaScript:alert(1)"`,
      atLine('link "JavaScript:alert(1)" uses the scheme "javascript:", which is not allowed; accepted: http(s)://…, mailto:…'),
      atLine('link definition "data:text/html,x" uses the scheme "data:"'),
      atLine('<a href> "vbscript:msgbox" uses the scheme "vbscript:"'),
    ],
  },
  {
    name: 'raw elements that run or embed code',
    group: 'lesson-checks',
    mutate: (d) =>
      append(
        d,
        CONTAINERS,
        '<script>alert(1)</script>\n\n<iframe src="https://example.org/" />\n\n<object data="x" />\n\n<embed src="x" />',
      ),
    expect: ['<script>', '<iframe>', '<object>', '<embed>'].map((e) => atLine(`${e} is not allowed in a lesson or lab`)),
  },
  {
    name: 'event handler attribute',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, 'A <span onClick="alert(1)">trap</span>.'),
    expect: [atLine('<span onClick>: event handler attributes (on…) are not allowed')],
  },
  {
    name: 'ESM import',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, 'import fs from "node:fs"'),
    expect: [atLine('import/export is not allowed: lessons import nothing')],
  },
  {
    name: 'expression that runs code',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, 'Home is {process.env.HOME}, the key {import.meta.env.KEY}, kept{" "}{/* fine */}.'),
    expect: [
      atLine('{process.env.HOME}: code in braces is not allowed; only a string ({" "}) or a comment ({/* … */})'),
      atLine('{import.meta.env.KEY}: code in braces is not allowed'),
    ],
  },
  {
    name: 'image missing from public/',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, '![A diagram](/images/missing.png)'),
    expect: [atLine('image "/images/missing.png" is not a file in public/')],
  },
  {
    name: 'Figure without alt',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, '<Figure src="/favicon.svg" caption="No alt" />'),
    expect: [atLine('<Figure> needs alt="…"')],
  },
  {
    name: 'Figure whose src is not a site path',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, '<Figure src="favicon.svg" alt="Icon" />'),
    expect: [atLine('<Figure src="favicon.svg"> needs src="…", the site path of a file in public/')],
  },
  {
    name: 'Callout of an unknown type',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, '<Callout type="danger">x</Callout>'),
    expect: [atLine('<Callout type="danger">: type must be one of note, tip, warning, deeper')],
  },
  {
    name: 'Tabs without a Tab',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, '<Tabs>\n\nJust text.\n\n</Tabs>'),
    expect: [atLine('<Tabs> has no <Tab label="…"> inside')],
  },
  {
    name: 'Tab without a label',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, '<Tabs>\n<Tab>\n\nx\n\n</Tab>\n</Tabs>'),
    expect: [atLine('<Tab> needs label="…"')],
  },
  {
    name: 'Fact without a valid date',
    group: 'lesson-checks',
    mutate: (d) => append(d, CONTAINERS, 'It is <Fact checked="2026-13-01">so</Fact>.'),
    expect: [atLine('<Fact checked="2026-13-01"> needs checked="YYYY-MM-DD"')],
  },
  {
    name: 'quiz link whose scheme can run code',
    group: 'lesson-checks',
    mutate: (d) =>
      edit(
        d,
        CONTAINERS,
        'explanation: Containers are processes',
        'explanation: See [this](javascript:alert(1)). Containers are processes',
      ),
    expect: ['lessons/tools/containers.mdx:12: quiz[0].explanation: link "javascript:alert(1)" uses the scheme "javascript:"'],
  },
  {
    name: 'glossary entry without a definition',
    mutate: (d) => edit(d, 'glossary.yaml', /  definition: A process.*\n/, ''),
    expect: ['glossary', /definition/],
  },
];

const results = new Map<string, BuildResult>();
let good: BuildResult;
let goodAgain: BuildResult;

beforeAll(async () => {
  // One build per group of cases (or per ungrouped case), one at a time: concurrent Astro builds share .astro/.
  const groups = new Map<string, Case[]>();
  cases.forEach((c, i) => groups.set(c.group ?? `case-${i}`, [...(groups.get(c.group ?? `case-${i}`) ?? []), c]));
  good = await astroBuild('fixture-good', { COURSE_CONTENT_DIR: GOOD, BASE_PATH: '/mlops-notes/' });
  goodAgain = await astroBuild('fixture-good-again', { COURSE_CONTENT_DIR: GOOD, BASE_PATH: '/mlops-notes/' });
  for (const [name, group] of groups) {
    const dir = join(BUILDS_DIR, 'fixtures', name);
    rmSync(dir, { recursive: true, force: true });
    cpSync(GOOD, dir, { recursive: true });
    for (const c of group) c.mutate(dir);
    const result = await astroBuild(`fixture-${name}`, { COURSE_CONTENT_DIR: dir, BASE_PATH: '/mlops-notes/' });
    for (const c of group) results.set(c.name, result);
  }
}, 600_000);

describe('good fixture', () => {
  it('builds byte for byte the same twice (no random ids, dates from git)', () => {
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length))
        .sort();
    expect(goodAgain.code).toBe(0);
    expect(files(goodAgain.outDir)).toEqual(files(good.outDir));
    const differ = files(good.outDir).filter(
      (f) => !readFileSync(join(good.outDir, f)).equals(readFileSync(join(goodAgain.outDir, f))),
    );
    expect(differ).toEqual([]);
  });
  it('builds, without its draft lesson', () => {
    expect(good.code, good.output.replace(/.*[│─╭╯].*\n/g, '').slice(-3000)).toBe(0);
    expect(existsSync(join(good.outDir, 'basics', 'clouds', 'index.html'))).toBe(true);
    expect(existsSync(join(good.outDir, 'tools', 'draft-lesson'))).toBe(false);
  });
  it("links lessons and labs to their source in course.yaml's repository for editing", () => {
    const html = readFileSync(join(good.outDir, 'basics', 'clouds', 'index.html'), 'utf8');
    expect(html).toContain(
      'href="https://github.com/example/fixture-course/edit/main/tests/fixtures/good/lessons/basics/clouds.mdx"',
    );
    const lab = readFileSync(join(good.outDir, 'labs', 'first-lab', 'index.html'), 'utf8');
    expect(lab).toContain('href="https://github.com/example/fixture-course/edit/main/tests/fixtures/good/labs/first-lab.mdx"');
  });
  it('exports its lab as a valid notebook', () => {
    const text = readFileSync(join(good.outDir, 'labs', 'first-lab.ipynb'), 'utf8');
    expect(notebookProblems(text)).toEqual([]);
    expect(text).toContain('%%bash');
  });
  it('shows an included file under its path, without region markers, and folds the solution', () => {
    const html = readFileSync(join(good.outDir, 'tools', 'containers', 'index.html'), 'utf8');
    expect(html).toContain('<span class="title">tests/fixtures/include/serve.py</span>');
    expect(html).toMatch(/>handler</);
    expect(html).not.toContain('endregion');
    expect(html).toMatch(/<details class="solution"[^>]*><summary[^>]*>Solution<\/summary>/);
    expect(html).toMatch(/<details class="callout callout-deeper"><summary class="callout-title">Going deeper: why JSON/);
    expect(html).toMatch(/Facts checked <time datetime="2026-11-30">/);
  });
  it('adds the base to reference links and images, and renders quiz text as Markdown', () => {
    const html = readFileSync(join(good.outDir, 'basics', 'clouds', 'index.html'), 'utf8');
    expect(html).toContain('href="/mlops-notes/tools/containers/#run-it"');
    expect(html).toMatch(/<img src="\/mlops-notes\/favicon\.svg" alt="The course icon"/);
    expect(html).toMatch(/<figure class="figure"[^>]*><img src="\/mlops-notes\/favicon\.svg" alt="The course icon"/);
    expect(html).toContain('<legend>Which model hands you a <code>virtual machine</code>?</legend>');
    expect(html).toContain('<strong>IaaS</strong>');
    expect(html).toContain('<a href="/mlops-notes/glossary/#iaas">IaaS</a> rents <em>infrastructure</em>');
  });
  it('warns, naming the file, line and text size, about a diagram too wide to read at 1280 px', () => {
    expect(good.output).toMatch(
      /lessons\/tools\/containers\.mdx:\d+: diagram "One request, end to end" is \d+ px wide: at a 1280 px window it scrolls sideways .* renders at \d+\.\d px/,
    );
    expect(good.output).not.toContain('diagram "A router translates');
  });
  it('shows a diagram whole with 12 px text at 1280 px, and a scroll cue on a wide one on a phone', async () => {
    const site = await serveDist(good.outDir, '/mlops-notes/');
    const browser = await launchBrowser();
    try {
      // Rendered size of the smallest text: font-size × (shown width ÷ viewBox width).
      const measure = () => {
        const box = document.querySelector<HTMLElement>('.diagram-scroll')!;
        const svg = box.querySelector('svg')!;
        // As drawn: a label's size is an attribute or mermaid.css's (the compacted SVG leaves the common ones out).
        const fonts = [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return {
          scrolls: box.scrollWidth > box.clientWidth,
          textPx: Math.min(...fonts) * scale,
          background: getComputedStyle(box).backgroundAttachment,
        };
      };
      const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await desktop.goto(`${site.url}basics/clouds/`);
      const fit = await desktop.evaluate(measure);
      expect(fit.scrolls).toBe(false);
      expect(fit.textPx).toBeGreaterThanOrEqual(11.95);
      const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await phone.goto(`${site.url}tools/containers/`);
      const wide = await phone.evaluate(measure);
      expect(wide.scrolls).toBe(true);
      // Covers that scroll with the content (local) over shadows fixed to the edges (scroll).
      expect(wide.background).toBe('local, local, scroll, scroll');
    } finally {
      await browser.close();
      await site.close();
    }
  });
  it('links a lesson to the lab that practises it', () => {
    const html = readFileSync(join(good.outDir, 'basics', 'clouds', 'index.html'), 'utf8');
    expect(html).toMatch(/<h2 id="in-the-lab"[^>]*>In the lab<\/h2>[\s\S]*?href="\/mlops-notes\/labs\/first-lab\/"/);
  });
});

describe.each(cases)('bad content: $name', (c) => {
  it('fails the build naming the file and the field', () => {
    const r = results.get(c.name)!;
    expect(r.code, r.output.slice(-2000)).not.toBe(0);
    for (const e of c.expect) {
      if (typeof e === 'string') expect(r.output).toContain(e);
      else expect(r.output).toMatch(e);
    }
  });
});
