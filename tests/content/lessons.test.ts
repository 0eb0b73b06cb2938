// The real course meets the curriculum's standard: every lesson teaches, checks, cites and shows working code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkCodeBlock, extractCodeBlocks } from '../../src/lib/code-blocks';
import { flattenOutline, type OutlineSection } from '../../src/lib/outline';
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
const course = parseYaml(readFileSync(join(CONTENT, 'course.yaml'), 'utf8')) as { outline: OutlineSection[] };
const glossary = parseYaml(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')) as { id: string; lessons?: string[] }[];

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
  const topics = flattenOutline(course.outline);
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

  it('has 3–5 objectives', () => {
    expect((data.objectives as string[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect((data.objectives as string[]).length).toBeLessThanOrEqual(5);
  });
  it('has 3–5 self-check questions, each with an explanation', () => {
    const quiz = (data.quiz ?? []) as { explanation?: string }[];
    expect(quiz.length).toBeGreaterThanOrEqual(3);
    expect(quiz.length).toBeLessThanOrEqual(5);
    for (const q of quiz) expect(q.explanation?.length ?? 0).toBeGreaterThan(20);
  });
  it('ends with further reading of at least three primary sources', () => {
    const reading = /^## Further reading\n([\s\S]*)$/m.exec(body)?.[1] ?? '';
    expect(reading.match(/\]\(https:\/\/[^)]+\)/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });
  it('has at least one diagram and one concrete code, config or command example', () => {
    const blocks = extractCodeBlocks(body);
    expect(blocks.some((b) => b.lang === 'mermaid')).toBe(true);
    expect(blocks.some((b) => b.lang !== 'mermaid' && b.lang !== 'text')).toBe(true);
  });
  it('is long enough to teach and short enough to read (1,200–3,600 words of prose)', () => {
    const words = proseWords(source);
    expect(words).toBeGreaterThanOrEqual(1200);
    expect(words).toBeLessThanOrEqual(3600);
  });
  it('links its key terms to the glossary', () => {
    expect(body.match(/<Term id="/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
  });
});

describe('code in lessons and labs parses as its language', () => {
  const all = [...published, ...labs].flatMap(({ file, source }) => extractCodeBlocks(source).map((b) => ({ file, ...b })));
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
    for (const t of glossary) {
      if (usedBy.has(t.id)) expect(t.lessons ?? [], t.id).toEqual(expect.arrayContaining([...usedBy.get(t.id)!].slice(0, 1)));
    }
  });
});
