// Navigation derived from content: one ordered list feeds the sidebar, module pages and prev/next.
import { glossaryUrl, homeUrl, labsUrl, searchUrl, syllabusUrl } from './urls';

export interface SiteLink {
  label: string;
  href: string;
}

/** The site's own pages, with the words every link to them uses (header, sidebar, footer, home page, breadcrumbs). */
export const sections = {
  home: { label: 'Home', href: homeUrl() },
  labs: { label: 'Labs', href: labsUrl() },
  glossary: { label: 'Glossary', href: glossaryUrl() },
  syllabus: { label: 'Syllabus', href: syllabusUrl() },
  search: { label: 'Search', href: searchUrl() },
} satisfies Record<string, SiteLink>;

/** The sections beside the modules, in the one order the header, sidebar, footer and home page list them. */
export const sectionLinks: SiteLink[] = [sections.labs, sections.glossary, sections.syllabus];

export interface NavModule {
  id: string;
  title: string;
}
export interface NavLesson {
  /** `<module>/<slug>` */
  id: string;
  module: string;
  slug: string;
  title: string;
  order?: number | undefined;
}
export interface NavGroup<L extends NavLesson, M extends NavModule = NavModule> {
  module: M;
  lessons: L[];
}

const collator = new Intl.Collator('en', { numeric: true });

type Ordered = { order?: number | undefined; slug: string };

/** Lessons and labs alike: by `order`, then slug with numeric collation; one without order goes after those with one. */
export function compareByOrder(a: Ordered, b: Ordered): number {
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return collator.compare(a.slug, b.slug);
}

/** Groups lessons under their modules, in the order of `modules.yaml`. */
export function buildNav<L extends NavLesson, M extends NavModule>(modules: M[], lessons: L[]): NavGroup<L, M>[] {
  const byModule = new Map<string, L[]>(modules.map((m) => [m.id, []]));
  for (const lesson of lessons) byModule.get(lesson.module)?.push(lesson);
  return modules.map((module) => ({ module, lessons: byModule.get(module.id)!.sort(compareByOrder) }));
}

/** Labs in the labs list's order: the rule lessons follow within a module (a lab's id is its slug). */
export function sortLabs<L extends { id: string; data: { order?: number | undefined } }>(labs: L[]): L[] {
  const ordered = (lab: L): Ordered => ({ order: lab.data.order, slug: lab.id });
  return [...labs].sort((a, b) => compareByOrder(ordered(a), ordered(b)));
}

/** The whole course as one reading order. */
export function flattenNav<L extends NavLesson>(nav: NavGroup<L, NavModule>[]): L[] {
  return nav.flatMap((group) => group.lessons);
}

/** Previous and next page of an ordered list: lessons in reading order (across modules), or labs. */
export function prevNext<L extends { id: string }>(flat: L[], id: string): { prev?: L | undefined; next?: L | undefined } {
  const i = flat.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: flat[i - 1], next: flat[i + 1] };
}
