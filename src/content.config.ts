// Content collections: course, modules, lessons, labs and glossary, read from COURSE_CONTENT_DIR (default ./content).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir, RESERVED_ROUTES } from './lib/content-dir';
import { checkYamlList, checkYamlObject } from './lib/yaml-files';

// The YAML files are checked as files first, so a typo, an empty file or a duplicate id is reported with its line.
const yamlProblems = [
  ...checkYamlObject(
    relative(process.cwd(), `${contentDir}/course.yaml`),
    readFileSync(`${contentDir}/course.yaml`, 'utf8'),
    'the course: title, description, instructor',
  ),
  ...checkYamlList(
    relative(process.cwd(), `${contentDir}/modules.yaml`),
    readFileSync(`${contentDir}/modules.yaml`, 'utf8'),
    'modules { id, title, summary }',
  ),
  ...(existsSync(`${contentDir}/glossary.yaml`)
    ? checkYamlList(
        relative(process.cwd(), `${contentDir}/glossary.yaml`),
        readFileSync(`${contentDir}/glossary.yaml`, 'utf8'),
        'terms { id, term, definition }',
      )
    : []),
];
if (yamlProblems.length)
  throw new Error(`The course content has ${yamlProblems.length} problem(s):\n  ${yamlProblems.join('\n  ')}`);

// glossary.yaml is optional (a synthetic course has none).
const optionalFile = (path: string) => (existsSync(path) ? file(path) : { name: 'absent-file', load: async () => {} });

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)');
// YAML reads an unquoted 2026-11-30 as a date; either form is kept as the day it names.
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));
const lessonId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be a lesson id "<module>/<slug>"');

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

const course = defineCollection({
  loader: {
    name: 'course-yaml',
    load: async ({ store, parseData }) => {
      const path = `${contentDir}/course.yaml`;
      const filePath = relative(process.cwd(), path);
      const data = await parseData({ id: 'course', data: parseYaml(readFileSync(path, 'utf8')), filePath });
      store.set({ id: 'course', data, filePath });
    },
  },
  schema: z.strictObject({
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
  }),
});

const modules = defineCollection({
  loader: file(`${contentDir}/modules.yaml`),
  schema: z.strictObject({
    /** URL segment of the module; may not be a reserved route. */
    id: kebab.refine(
      (id) => !RESERVED_ROUTES.includes(id),
      'is a reserved route (labs, glossary, syllabus, search, 404, pagefind, _astro)',
    ),
    /** Module title. */
    title: z.string().min(1),
    /** One sentence on what the module teaches. */
    summary: z.string().min(1),
  }),
});

const quizItem = z
  .strictObject({
    /** The question. */
    question: z.string().min(1),
    /** 2–6 possible answers. */
    choices: z.array(z.string().min(1)).min(2).max(6),
    /** 0-based index of the one correct choice. */
    answer: z.int().min(0),
    /** Why the answer is right (and the others wrong). */
    explanation: z.string().min(1),
  })
  .refine((q) => q.answer < q.choices.length, { message: 'is not the index of one of the choices', path: ['answer'] });

const lessons = defineCollection({
  // Ids keep the file path (minus `.mdx`) so that two files with one URL can be reported.
  loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/lessons`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.strictObject({
    /** Lesson title. */
    title: z.string().trim().min(1, 'must not be blank'),
    /** One or two sentences; used in lists, search results and meta description. */
    description: z.string().min(1),
    /** Position within the module; ties and absence fall back to the slug. */
    order: z.number().optional(),
    /** What a student can do after the lesson. */
    objectives: z.array(z.string().min(1)).default([]),
    /** Lesson ids (`<module>/<slug>`) to read first. */
    prerequisites: z.array(lessonId).default([]),
    /** Outline topic ids this lesson teaches. */
    covers: z.array(kebab).default([]),
    /** Free-form keywords. */
    tags: z.array(z.string()).default([]),
    /** Self-check questions. */
    quiz: z.array(quizItem).default([]),
    /** Former lesson ids (`<module>/<slug>`) whose URLs now forward here. */
    redirectFrom: z.array(lessonId).default([]),
    /** Labs (slugs under labs/) that practise this lesson; shown as "In the lab". */
    labs: z.array(kebab).default([]),
    /** When the lesson's dated facts (versions, prices, names, quotas) were last checked: YYYY-MM-DD. */
    verified: isoDate.optional(),
    /** Drafts are built in dev only. */
    draft: z.boolean().default(false),
  }),
});

const labs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/labs`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.strictObject({
    /** Lab title. */
    title: z.string().trim().min(1, 'must not be blank'),
    /** One or two sentences on what the student builds. */
    description: z.string().min(1),
    /** Position in the labs list. */
    order: z.number().optional(),
    /** Total time estimate in minutes. */
    minutes: z.int().positive().optional(),
    /** Parts with their own time estimates. */
    parts: z.array(z.strictObject({ title: z.string().min(1), minutes: z.int().positive() })).default([]),
    /** Lesson ids to read first. */
    prerequisites: z.array(lessonId).default([]),
    /** Outline topic ids this lab practises. */
    covers: z.array(kebab).default([]),
    /** Free-form keywords. */
    tags: z.array(z.string()).default([]),
    /** Drafts are built in dev only. */
    draft: z.boolean().default(false),
  }),
});

const glossary = defineCollection({
  loader: optionalFile(`${contentDir}/glossary.yaml`),
  schema: z.strictObject({
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
  }),
});

export const collections = { course, modules, lessons, labs, glossary };
