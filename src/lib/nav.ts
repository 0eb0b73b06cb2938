// Navigation derived from content: one ordered list feeds the sidebar, module pages and prev/next.

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

/** Lessons by `order`, then slug with numeric collation; a lesson without order goes after those with one. */
export function compareLessons(a: NavLesson, b: NavLesson): number {
  const ao = a.order ?? Number.POSITIVE_INFINITY;
  const bo = b.order ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return collator.compare(a.slug, b.slug);
}

/** Groups lessons under their modules, in the order of `modules.yaml`. */
export function buildNav<L extends NavLesson, M extends NavModule>(modules: M[], lessons: L[]): NavGroup<L, M>[] {
  const byModule = new Map<string, L[]>(modules.map((m) => [m.id, []]));
  for (const lesson of lessons) byModule.get(lesson.module)?.push(lesson);
  return modules.map((module) => ({ module, lessons: byModule.get(module.id)!.sort(compareLessons) }));
}

/** The whole course as one reading order. */
export function flattenNav<L extends NavLesson>(nav: NavGroup<L, NavModule>[]): L[] {
  return nav.flatMap((group) => group.lessons);
}

/** Previous and next lesson in reading order, across module boundaries. */
export function prevNext<L extends NavLesson>(flat: L[], id: string): { prev?: L | undefined; next?: L | undefined } {
  const i = flat.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: flat[i - 1], next: flat[i + 1] };
}
