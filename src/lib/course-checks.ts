// Cross-reference checks Zod cannot do alone: every id a file names must exist, and no two pages share a URL.

export interface CheckedLesson {
  /** Path under lessons/ without `.mdx`, e.g. `cloud/x` or `cloud/x/index`. */
  entryId: string;
  filePath: string;
  prerequisites: string[];
  covers: string[];
  /** Lab slugs that practise the lesson. */
  labs?: string[];
  /** Former lesson ids that forward to this lesson. */
  redirectFrom?: string[];
  draft?: boolean;
}
export interface CheckedLab {
  entryId: string;
  filePath: string;
  prerequisites: string[];
  covers: string[];
}
export interface CheckedGlossaryTerm {
  id: string;
  lessons: string[];
}
export interface CourseForChecks {
  moduleIds: string[];
  topicIds: string[];
  lessons: CheckedLesson[];
  labs: CheckedLab[];
  glossary: CheckedGlossaryTerm[];
  /** Where glossary.yaml and course.yaml live, for messages. */
  glossaryFile: string;
  courseFile: string;
  /** Files under lessons/ or labs/ ending in `.md`, which the site would silently ignore. */
  markdownFiles?: string[];
}

/** `cloud/x/index` and `cloud/x` both become the lesson id `cloud/x`. */
export function lessonIdFromEntry(entryId: string): string {
  return entryId.replace(/\/index$/, '');
}

/** Every problem as `file: field: message`; empty when the course is consistent. */
export function checkCourse(c: CourseForChecks): string[] {
  const problems: string[] = [];
  const lessonIds = new Set(c.lessons.map((l) => lessonIdFromEntry(l.entryId)));
  const topics = new Set(c.topicIds);
  const modules = new Set(c.moduleIds);

  const seenTopics = new Set<string>();
  for (const t of c.topicIds) {
    if (seenTopics.has(t)) problems.push(`${c.courseFile}: outline: topic id "${t}" is used twice`);
    seenTopics.add(t);
  }

  const byUrl = new Map<string, string>();
  for (const lesson of c.lessons) {
    const id = lessonIdFromEntry(lesson.entryId);
    const parts = id.split('/');
    if (parts.length !== 2) {
      problems.push(`${lesson.filePath}: a lesson must sit at lessons/<module>/<slug>.mdx`);
      continue;
    }
    if (!modules.has(parts[0]!)) problems.push(`${lesson.filePath}: module "${parts[0]}" is not in modules.yaml`);
    const url = id.toLowerCase();
    const other = byUrl.get(url);
    if (other) problems.push(`${lesson.filePath}: has the same URL /${url}/ as ${other}`);
    else byUrl.set(url, lesson.filePath);
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) problems.push(`${lesson.filePath}: file name must be kebab-case (a-z, 0-9, -)`);
  }

  for (const lesson of c.lessons)
    (lesson.redirectFrom ?? []).forEach((old, i) => {
      const other = byUrl.get(old.toLowerCase());
      if (other) problems.push(`${lesson.filePath}: redirectFrom[${i}]: /${old}/ is the URL of ${other}`);
      else byUrl.set(old.toLowerCase(), lesson.filePath);
    });

  const checkRefs = (file: string, prerequisites: string[], covers: string[]) => {
    prerequisites.forEach((p, i) => {
      if (!lessonIds.has(p)) problems.push(`${file}: prerequisites[${i}]: "${p}" is not a lesson`);
    });
    covers.forEach((t, i) => {
      if (!topics.has(t)) problems.push(`${file}: covers[${i}]: "${t}" is not a topic id in course.yaml's outline`);
    });
  };
  for (const l of c.lessons) checkRefs(l.filePath, l.prerequisites, l.covers);
  const labIds = new Set(c.labs.map((l) => l.entryId.replace(/^labs\//, '')));
  for (const l of c.lessons)
    (l.labs ?? []).forEach((lab, i) => {
      if (!labIds.has(lab)) problems.push(`${l.filePath}: labs[${i}]: "${lab}" is not a lab (content/labs/${lab}.mdx)`);
    });
  for (const l of c.labs) checkRefs(l.filePath, l.prerequisites, l.covers);

  // Prerequisites must lead somewhere: no lesson may (through others) require itself.
  const prereqs = new Map(c.lessons.map((l) => [lessonIdFromEntry(l.entryId), l]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done' || !prereqs.has(id)) return;
    if (state.get(id) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(id)), id];
      problems.push(
        `${prereqs.get(id)!.filePath}: prerequisites: ${cycle.length === 2 ? `"${id}" lists itself` : `cycle ${cycle.join(' → ')}`}`,
      );
      return;
    }
    state.set(id, 'visiting');
    for (const p of prereqs.get(id)!.prerequisites) visit(p, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of prereqs.keys()) visit(id, []);

  for (const file of c.markdownFiles ?? []) problems.push(`${file}: lessons and labs are MDX: rename it to .mdx`);

  const published = new Set(c.lessons.filter((l) => !l.draft).map((l) => lessonIdFromEntry(l.entryId)));
  const termIds = new Set<string>();
  for (const term of c.glossary) {
    if (termIds.has(term.id)) problems.push(`${c.glossaryFile}: id "${term.id}" is used twice`);
    termIds.add(term.id);
    term.lessons.forEach((l, i) => {
      if (!lessonIds.has(l)) problems.push(`${c.glossaryFile}: ${term.id}: lessons[${i}]: "${l}" is not a lesson`);
      else if (!published.has(l)) problems.push(`${c.glossaryFile}: ${term.id}: lessons[${i}]: "${l}" is a draft`);
    });
  }
  return problems;
}
