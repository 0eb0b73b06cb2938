// The one accessor pages use: loads every collection once, filters drafts, checks cross-references.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCourse, lessonIdFromEntry } from './course-checks';
import { contentDir } from './content-dir';
import { courseFilePath, readModules, type Course, type GlossaryTerm, type Module } from './course-files';
import { buildNav, flattenNav, sortLabs, type NavGroup } from './nav';
import { flattenOutline, type FlatTopic } from './outline';

export interface Lesson {
  /** `<module>/<slug>`, also the URL path. */
  id: string;
  module: string;
  slug: string;
  title: string;
  order?: number | undefined;
  data: CollectionEntry<'lessons'>['data'];
  entry: CollectionEntry<'lessons'>;
}
export type Lab = CollectionEntry<'labs'>;
export type { Course, GlossaryTerm, Module };

export interface CourseData {
  course: Course;
  modules: Module[];
  lessons: Lesson[];
  nav: NavGroup<Lesson, Module>[];
  labs: Lab[];
  glossary: GlossaryTerm[];
  topics: FlatTopic[];
}

const showDrafts = import.meta.env.DEV;
let loaded: Promise<CourseData> | undefined;

/** Everything the pages need, loaded and checked once per build. */
export function getCourseData(): Promise<CourseData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<CourseData> {
  const course = (await getEntry('course', 'course'))!.data;
  // Collections come back sorted by id: restore the order of modules.yaml, which is the course order.
  const moduleOrder = readModules().map((m) => m.id);
  const modules = (await getCollection('modules'))
    .map((m) => m.data)
    .sort((a, b) => moduleOrder.indexOf(a.id) - moduleOrder.indexOf(b.id));
  const allLessons = await getCollection('lessons');
  const labs = sortLabs((await getCollection('labs')).filter((l) => showDrafts || !l.data.draft));
  const glossary = (await getCollection('glossary')).map((g) => g.data);
  const topics = flattenOutline(course.outline ?? []);

  const rel = (p: string | undefined) => relative(process.cwd(), p ?? '');
  const problems = checkCourse({
    moduleIds: modules.map((m) => m.id),
    topicIds: topics.map((t) => t.id),
    lessons: allLessons.map((l) => ({ entryId: l.id, filePath: rel(l.filePath), ...l.data })),
    labs: labs.map((l) => ({ entryId: `labs/${l.id}`, filePath: rel(l.filePath), ...l.data })),
    glossary,
    glossaryFile: rel(courseFilePath('glossary')),
    courseFile: rel(courseFilePath('course')),
    markdownFiles: ['lessons', 'labs'].flatMap((d) =>
      existsSync(join(contentDir, d))
        ? readdirSync(join(contentDir, d), { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile() && e.name.endsWith('.md'))
            .map((e) => rel(join(e.parentPath, e.name)))
        : [],
    ),
  });
  if (problems.length) throw new Error(`The course content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);

  const lessons: Lesson[] = allLessons
    .filter((l) => showDrafts || !l.data.draft)
    .map((entry) => {
      const id = lessonIdFromEntry(entry.id);
      const [module, slug] = id.split('/') as [string, string];
      return { id, module, slug, title: entry.data.title, order: entry.data.order, data: entry.data, entry };
    });
  const nav = buildNav(modules, lessons);
  return { course, modules, lessons: flattenNav(nav), nav, labs, glossary, topics };
}
