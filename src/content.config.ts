// Content collections: course, modules, lessons, labs and glossary, read from COURSE_CONTENT_DIR (default ./content).
// The YAML files' schemas and their one reader are in lib/course-files.ts; the lessons' and labs' schemas are here.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { relative } from 'node:path';
import {
  courseFilePath,
  courseSchema,
  glossaryTermSchema,
  kebab,
  lessonId,
  moduleSchema,
  readCourse,
  readCourseFiles,
  readGlossary,
  readModules,
} from './lib/course-files';
import { contentDir } from './lib/content-dir';

// The YAML files are checked first, all at once, so every problem is reported with its file and line.
readCourseFiles();

/** A collection of one YAML file's validated entries, reloaded when an author edits the file in `astro dev`. */
function courseFileLoader(
  which: 'course' | 'modules' | 'glossary',
  entries: () => { id: string; data: Record<string, unknown> }[],
): Loader {
  const path = courseFilePath(which);
  return {
    name: `course-${which}`,
    load: async ({ store, watcher, logger }) => {
      const sync = () => {
        const fresh = entries();
        store.clear();
        for (const { id, data } of fresh) store.set({ id, data, filePath: relative(process.cwd(), path) });
      };
      sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed !== path) return;
        try {
          sync();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}

// YAML reads an unquoted 2026-11-30 as a date; either form is kept as the day it names.
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));

const course = defineCollection({
  loader: courseFileLoader('course', () => [{ id: 'course', data: readCourse() }]),
  schema: courseSchema,
});

const modules = defineCollection({
  loader: courseFileLoader('modules', () => readModules().map((data) => ({ id: data.id, data }))),
  schema: moduleSchema,
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
  loader: courseFileLoader('glossary', () => readGlossary().map((data) => ({ id: data.id, data }))),
  schema: glossaryTermSchema,
});

export const collections = { course, modules, lessons, labs, glossary };
