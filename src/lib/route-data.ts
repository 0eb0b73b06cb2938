// What a lesson or a lab page shows besides its text, computed in one place per page kind (like Starlight's route
// data): previous and next, prerequisites, the "edit this page" URL, the last update from git and the source path.
import { relative } from 'node:path';
import type { CourseData, Lab, Lesson, Module } from './content';
import { editUrl } from './edit-url';
import { lastUpdated } from './git-dates';
import { prevNext } from './nav';
import { readingMinutes } from './reading-time';
import { resolveSiteConfig } from './site-config';
import { labUrl, lessonUrl } from './urls';

export interface PageLink {
  href: string;
  title: string;
}

/** Where the site is built: the repository "edit this page" links to, and each file's last change. */
export interface Build {
  repository?: string | undefined;
  branch?: string | undefined;
  lastUpdated: (filePath: string) => Date | undefined;
}

interface ArticleRoute {
  /** The content file, relative to the project: build errors and the page's data-source name it. */
  source: string;
  editUrl?: string | undefined;
  /** The file's last commit. */
  updated?: Date | undefined;
  /** Lessons to read first. */
  prerequisites: Lesson[];
  prev?: PageLink | undefined;
  next?: PageLink | undefined;
}

export interface LessonRoute extends ArticleRoute {
  module: Module;
  /** Labs that practise the lesson ("In the lab"). */
  labs: Lab[];
  minutes: number;
}

/** Prev and next go through the labs list, in its order. */
export type LabRoute = ArticleRoute;

type Course = Pick<CourseData, 'course' | 'modules' | 'lessons' | 'labs'>;

let thisBuild: Build | undefined;
/** The environment of this build (GitHub Actions' repository and branch) and git's dates, read once. */
function currentBuild(): Build {
  if (!thisBuild) {
    const { repository, branch } = resolveSiteConfig(process.env);
    thisBuild = { repository, branch, lastUpdated };
  }
  return thisBuild;
}

const link = (href: (id: string) => string, page: { id: string; title: string } | undefined): PageLink | undefined =>
  page && { href: href(page.id), title: page.title };

function articleRoute(filePath: string | undefined, prerequisites: string[], { course, lessons }: Course, build: Build) {
  const source = relative(process.cwd(), filePath ?? '');
  return {
    source,
    editUrl: editUrl(source, { githubRepository: build.repository, branch: build.branch, courseRepository: course.repository }),
    updated: filePath ? build.lastUpdated(filePath) : undefined,
    prerequisites: prerequisites.map((id) => lessons.find((l) => l.id === id)).filter((l) => l !== undefined),
  };
}

export function lessonRoute(lesson: Lesson, course: Course, build = currentBuild()): LessonRoute {
  const { prev, next } = prevNext(course.lessons, lesson.id);
  return {
    ...articleRoute(lesson.entry.filePath, lesson.data.prerequisites, course, build),
    module: course.modules.find((m) => m.id === lesson.module)!,
    labs: lesson.data.labs.map((slug) => course.labs.find((l) => l.id === slug)).filter((l) => l !== undefined),
    minutes: readingMinutes(lesson.entry.body ?? ''),
    prev: link(lessonUrl, prev),
    next: link(lessonUrl, next),
  };
}

export function labRoute(lab: Lab, course: Course, build = currentBuild()): LabRoute {
  const { prev, next } = prevNext(
    course.labs.map((l) => ({ id: l.id, title: l.data.title })),
    lab.id,
  );
  return {
    ...articleRoute(lab.filePath, lab.data.prerequisites, course, build),
    prev: link(labUrl, prev),
    next: link(labUrl, next),
  };
}
