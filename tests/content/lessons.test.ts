// The real course meets the curriculum's standard: every lesson teaches, checks, cites and shows working code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkCodeBlock, extractCodeBlocks, withIncludes } from '../../src/lib/code-blocks';
import { readCourse, readGlossary } from '../../src/lib/course-files';
import { flattenOutline } from '../../src/lib/outline';
import { datedFacts, factDate } from '../../src/lib/facts';
import { quizPatterns, type QuizQuestion } from '../../src/lib/quiz';
import { proseWords } from '../../src/lib/reading-time';

const CONTENT = 'content';
const frontmatter = (src: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(src)![1]!) as Record<string, unknown>;
const mdxFiles = (dir: string): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
        .map((e) => join(e.parentPath, e.name));

const lessons = mdxFiles(join(CONTENT, 'lessons')).map((file) => {
  const source = readFileSync(file, 'utf8');
  return { file, id: file.replace(/^content\/lessons\/|\.mdx$/g, ''), source, data: frontmatter(source) };
});
const labs = mdxFiles(join(CONTENT, 'labs')).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
const published = lessons.filter((l) => !l.data.draft);
const course = readCourse(CONTENT);
const glossary = readGlossary(CONTENT);

/** What CURRICULUM.md says each written lesson covers. */
const REQUIRED_COVERS: Record<string, string[]> = {
  'foundations/ml-systems': ['ml-systems-principles'],
  'foundations/lifecycle': ['data-training-serving'],
  'cloud/cloud-computing': [
    'cloud-computing',
    'core-cloud-services',
    'cloud-compute',
    'cloud-network',
    'cloud-databases',
    'cloud-storage',
  ],
  'cloud/service-models': ['iaas', 'caas', 'paas', 'faas', 'saas', 'aaas'],
  'cloud/providers': [
    'chameleon',
    'aws',
    'google-cloud',
    'microsoft-azure',
    'snowflake',
    'oracle-cloud',
    'cloud-computing-platforms',
  ],
  'cloud/platform-configuration': [
    'cloud-platform-configuration',
    'networks-and-security-groups',
    'leases-and-reservations',
    'vm-instance-creation',
  ],
  'foundations/jupyter-and-terminal': ['jupyter-notebook', 'linux-terminal'],
  'tools/docker': ['docker', 'containerization'],
  'tools/kubernetes': ['kubernetes', 'kubernetes-on-chameleon'],
  'training/mlflow-vs-airflow': ['mlflow-vs-airflow'],
};

describe('the course outline', () => {
  const topics = flattenOutline(course.outline ?? []);
  it('lists every line of the seed outline, slips corrected', () => {
    const titles = topics.map((t) => t.title).join('\n');
    for (const line of [
      'MLflow vs Airflow',
      'Chameleon',
      'Oracle Cloud',
      'Anything as a Service (AaaS, also XaaS)',
      'Continuous Delivery',
      'Lease and reservation',
      'Synthetic data',
      'Fairness and bias',
      'Jupyter Notebook',
      'Configuration as a service',
    ]) {
      expect(titles).toContain(line);
    }
    expect(topics.length).toBeGreaterThanOrEqual(55);
  });
  it('has unique topic ids', () => {
    const ids = topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('curriculum coverage', () => {
  it.each(Object.entries(REQUIRED_COVERS).filter(([id]) => published.some((l) => l.id === id)))(
    '%s covers its outline topics',
    (id, topics) => {
      const lesson = published.find((l) => l.id === id)!;
      expect(lesson.data.covers).toEqual(expect.arrayContaining(topics));
    },
  );
  it('publishes the two exemplar lessons', () => {
    expect(published.map((l) => l.id)).toEqual(expect.arrayContaining(['cloud/service-models', 'training/mlflow-vs-airflow']));
  });
});

describe.each(published.map((l) => [l.id, l]))('lesson %s', (_id, lesson) => {
  const { data, source } = lesson;
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const h2s = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  /** The text of a `##` section, up to the next `##`. */
  const section = (title: string) => new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(body)?.[1] ?? '';
  /** Each `### <prefix>…` exercise with the text up to the next heading. */
  const exercises = (prefix: string) =>
    [...body.matchAll(new RegExp(`^### ${prefix}.*\\n([\\s\\S]*?)(?=^#{2,3} |$(?![\\s\\S]))`, 'gm'))].map((m) => m[1]!);

  it('has 3–5 objectives', () => {
    expect((data.objectives as string[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect((data.objectives as string[]).length).toBeLessThanOrEqual(5);
  });
  it('has 4–6 self-check questions, each with an explanation', () => {
    const quiz = (data.quiz ?? []) as { explanation?: string }[];
    expect(quiz.length).toBeGreaterThanOrEqual(4);
    expect(quiz.length).toBeLessThanOrEqual(6);
    for (const q of quiz) expect(q.explanation?.length ?? 0).toBeGreaterThan(20);
  });
  it('has at least two "Try it" exercises and a design exercise, each with a folded solution', () => {
    const tries = exercises('Try it: ');
    const designs = exercises('Design exercise: ');
    expect(tries.length).toBeGreaterThanOrEqual(2);
    expect(designs.length).toBeGreaterThanOrEqual(1);
    for (const text of [...tries, ...designs]) expect(text).toMatch(/<Solution[\s>][\s\S]*<\/Solution>/);
  });
  it('closes with key takeaways (3–6), common mistakes and further reading of at least three primary sources', () => {
    expect(h2s.slice(-3)).toEqual(['Key takeaways', 'Common mistakes', 'Further reading']);
    const takeaways = section('Key takeaways').match(/^[-*] /gm)?.length ?? 0;
    expect(takeaways).toBeGreaterThanOrEqual(3);
    expect(takeaways).toBeLessThanOrEqual(6);
    expect(section('Common mistakes').match(/^[-*] /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(section('Further reading').match(/\]\(https:\/\/[^)]+\)/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
  it('says when its facts were checked, and every <Fact> carries a real date that is not in the future', () => {
    expect(String(data.verified ?? '')).toMatch(/^\d{4}-\d{2}-\d{2}/);
    for (const f of datedFacts(lesson.file, source)) {
      expect(() => factDate(f.checked), `${f.file}:${f.line}`).not.toThrow();
      expect(new Date(f.checked).getTime(), `${f.file}:${f.line}`).toBeLessThanOrEqual(Date.now());
    }
  });
  it('has at least one diagram and one concrete code, config or command example', () => {
    const blocks = extractCodeBlocks(body);
    expect(blocks.some((b) => b.lang === 'mermaid')).toBe(true);
    expect(blocks.some((b) => b.lang !== 'mermaid' && b.lang !== 'text')).toBe(true);
  });
  it('is long enough to teach and short enough to read (1,800–2,600 words of prose, "Going deeper" aside)', () => {
    const words = proseWords(source);
    expect(words).toBeGreaterThanOrEqual(1800);
    expect(words).toBeLessThanOrEqual(2600);
  });
  it('links its key terms to the glossary', () => {
    expect(body.match(/<Term id="/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });
  it('has explanations that do not name a choice by letter (choices are shuffled on the page)', () => {
    for (const q of (data.quiz ?? []) as { explanation: string }[])
      expect(q.explanation).not.toMatch(/\b(option|choice|answer) [A-F]\b|\([A-F]\)/);
  });
});

describe('self-checks across the course, as written', () => {
  const questions = published.flatMap((l) => (l.data.quiz ?? []) as QuizQuestion[]);
  const patterns = quizPatterns(questions);
  const share = (n: number) => n / Math.max(1, patterns.questions);
  it(`cannot be guessed from length: the correct choice is the longest in ${patterns.longest} of ${patterns.questions}`, () => {
    expect(share(patterns.longest)).toBeLessThanOrEqual(0.4);
  });
  it(`cannot be guessed from position: correct answers at A–F ${patterns.positions.join('/')}`, () => {
    for (const n of patterns.positions) expect(share(n)).toBeLessThanOrEqual(0.4);
  });
});

describe('code in lessons and labs parses as its language', () => {
  // Included files are checked as the page shows them (examples/ has its own, stronger checks too).
  const all = [...published, ...labs].flatMap(({ file, source }) => withIncludes(extractCodeBlocks(source)).map((b) => ({ file, ...b })));
  it('has code to check', () => expect(all.length).toBeGreaterThan(0));
  it.each(all.filter((b) => b.lang !== 'mermaid').map((b) => [`${b.file}:${b.line} (${b.lang})`, b]))('%s', (_name, block) => {
    expect(checkCodeBlock(block)).toBeUndefined();
  });
});

describe('the glossary', () => {
  it('defines every term a lesson marks, and each term names a lesson that uses it', () => {
    const ids = new Set(glossary.map((t) => t.id));
    for (const l of published)
      for (const m of l.source.matchAll(/<Term id="([^"]+)"/g)) expect(ids, `${l.file}: ${m[1]}`).toContain(m[1]);
    const usedBy = new Map<string, Set<string>>();
    for (const l of published)
      for (const m of l.source.matchAll(/<Term id="([^"]+)"/g)) usedBy.set(m[1]!, (usedBy.get(m[1]!) ?? new Set()).add(l.id));
    // A term's `lessons` names at least one lesson that really uses it (the glossary links back to it).
    for (const t of glossary) {
      const users = usedBy.get(t.id);
      if (users) expect(t.lessons.some((l) => users.has(l)), `${t.id}: lessons should name one of ${[...users].join(', ')}`).toBe(true);
    }
  });
});
