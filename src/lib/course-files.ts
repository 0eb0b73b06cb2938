// The course's YAML files (course.yaml, modules.yaml, glossary.yaml): each file's schema, defined once, and the one
// reader that parses and validates it. The content collections load through it, and so do the build steps that run
// outside astro:content (the glossary's search records, the <Term> check).
import { z } from 'astro/zod';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, RESERVED_ROUTES } from './content-dir.ts';
import { parseYamlFile, type YamlResult, type YamlShape } from './yaml-files.ts';

export const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');
export const lessonId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be a lesson id "<module>/<slug>"');

type Topic = { id: string; title: string; topics?: Topic[] | undefined };
const topic: z.ZodType<Topic> = z.lazy(() =>
  z.strictObject({
    /** Kebab-case id, unique across the outline; lessons name it in `covers`. */
    id: kebab,
    /** The topic as the course outline words it. */
    title: z.string().min(1),
    /** Sub-topics. */
    topics: z.array(topic).optional(),
  }),
);

/** course.yaml */
export const courseSchema = z.strictObject({
  /** Course title, shown in the header and on the home page. */
  title: z.string().min(1),
  /** A short name for narrow screens (the phone header), e.g. "MLOps notes"; defaults to the title. */
  shortTitle: z.string().trim().min(1).optional(),
  /** One or two sentences about the course. */
  description: z.string().min(1),
  /** Who teaches it. */
  instructor: z.string().min(1),
  /** Source repository (https URL) for "edit this page" links outside GitHub Actions. */
  repository: z.url().optional(),
  /** The course outline: sections of topics that lessons cover. */
  outline: z.array(z.strictObject({ id: kebab, title: z.string().min(1), topics: z.array(topic) })).optional(),
});

/** One entry of modules.yaml. */
export const moduleSchema = z.strictObject({
  /** URL segment of the module; may not be a reserved route. */
  id: kebab.refine(
    (id) => !RESERVED_ROUTES.includes(id),
    'is a reserved route (labs, glossary, syllabus, search, 404, pagefind, _astro)',
  ),
  /** Module title. */
  title: z.string().min(1),
  /** One sentence on what the module teaches. */
  summary: z.string().min(1),
});

/** One entry of glossary.yaml. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the glossary page and the id `<Term id>` uses. */
  id: kebab,
  /** The term as written in full. */
  term: z.string().min(1),
  /** Abbreviation, if the term has one. */
  abbr: z.string().optional(),
  /** One or two sentences, inline Markdown. */
  definition: z.string().min(1),
  /** Other names search should find it by. */
  aliases: z.array(z.string()).default([]),
  /** Lesson ids that teach the term. */
  lessons: z.array(lessonId).default([]),
});

export type Course = z.output<typeof courseSchema>;
export type Module = z.output<typeof moduleSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

const FILE_NAMES = { course: 'course.yaml', modules: 'modules.yaml', glossary: 'glossary.yaml' };

/** The path of one of the course's YAML files, as build errors and loaders name it. */
export const courseFilePath = (which: keyof typeof FILE_NAMES, dir = contentDir): string => join(dir, FILE_NAMES[which]);

// Per process and per file, until the file changes (`astro dev` keeps running while an author edits).
const cache = new Map<string, { mtimeMs: number; result: YamlResult<unknown> }>();

/** One file read through its shape; `absent` is what a missing optional file holds. */
function read<T>(path: string, shape: YamlShape<T>, absent?: T): YamlResult<T> {
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) return absent !== undefined ? { data: absent, problems: [] } : { problems: [`${file}: is missing`] };
  const { mtimeMs } = statSync(path);
  const cached = cache.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.result as YamlResult<T>;
  const result = parseYamlFile(file, readFileSync(path, 'utf8'), shape);
  cache.set(path, { mtimeMs, result });
  return result;
}

const readCourseFile = (dir: string) =>
  read(courseFilePath('course', dir), {
    kind: 'mapping',
    what: 'the course: title, description, instructor',
    schema: courseSchema,
  });
const readModulesFile = (dir: string) =>
  read(courseFilePath('modules', dir), { kind: 'list', what: 'modules { id, title, summary }', schema: z.array(moduleSchema) });
// Optional: a synthetic course has no glossary.
const readGlossaryFile = (dir: string) =>
  read(
    courseFilePath('glossary', dir),
    { kind: 'list', what: 'terms { id, term, definition }', schema: z.array(glossaryTermSchema) },
    [],
  );

/** Throws one error that lists every problem of the files read. */
function throwProblems(results: YamlResult<unknown>[]): void {
  const problems = results.flatMap((r) => r.problems);
  if (problems.length) throw new Error(`The course content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

function dataOf<T>(result: YamlResult<T>): T {
  throwProblems([result]);
  return result.data!;
}

export const readCourse = (dir = contentDir): Course => dataOf(readCourseFile(dir));
/** The modules in course order. */
export const readModules = (dir = contentDir): Module[] => dataOf(readModulesFile(dir));
/** The glossary terms in file order; none when the course has no glossary.yaml. */
export const readGlossary = (dir = contentDir): GlossaryTerm[] => dataOf(readGlossaryFile(dir));

/** All three files, or one error that lists every problem of every file. */
export function readCourseFiles(dir = contentDir): { course: Course; modules: Module[]; glossary: GlossaryTerm[] } {
  const [course, modules, glossary] = [readCourseFile(dir), readModulesFile(dir), readGlossaryFile(dir)] as const;
  throwProblems([course, modules, glossary]);
  return { course: course.data!, modules: modules.data!, glossary: glossary.data! };
}
