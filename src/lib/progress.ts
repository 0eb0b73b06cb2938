// A student's progress, kept in the browser only: pages done, self-check scores, the last lesson opened.
// Anything unreadable resets that course's progress (and says so once); nothing in storage can break a page.

export const PROGRESS_FORMAT = 'course-progress';
export const PROGRESS_VERSION = 1;

/** First-try result of each self-check question: 1 right, 0 wrong, -1 not answered yet. */
export type Answers = number[];

export interface Progress {
  /** Lesson ids (`module/slug`) and lab ids (`labs/slug`) marked done. */
  done: string[];
  /** Self-check answers per lesson id. */
  answers: Record<string, Answers>;
  /** The lesson opened last. */
  last?: string | undefined;
}

/** One key per course and format version: two courses on one origin (`/a/`, `/b/`) never share progress. */
export const progressKey = (base: string): string => `course-progress:v${PROGRESS_VERSION}:${base}`;

/** The theme choice, per course too (the inline script in Head.astro builds the same key). */
export const themeKey = (base: string): string => `theme:${base}`;

export const emptyProgress = (): Progress => ({ done: [], answers: {} });

const PAGE_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the stored shape; undefined when anything is off. */
export function fromValue(v: unknown): Progress | undefined {
  if (!isRecord(v) || !Array.isArray(v.done) || !isRecord(v.answers)) return undefined;
  if (!v.done.every((id) => typeof id === 'string' && PAGE_ID.test(id))) return undefined;
  const answers: Record<string, Answers> = {};
  for (const [id, a] of Object.entries(v.answers)) {
    if (!PAGE_ID.test(id) || !Array.isArray(a) || !a.every((x) => x === 1 || x === 0 || x === -1)) return undefined;
    answers[id] = a as Answers;
  }
  if (v.last !== undefined && (typeof v.last !== 'string' || !PAGE_ID.test(v.last))) return undefined;
  return { done: [...new Set(v.done as string[])].sort(), answers, last: v.last };
}

/** Reads stored progress. `reset` is true when something was stored but could not be read. */
export function parseProgress(raw: string | null): { progress: Progress; reset: boolean } {
  if (raw === null) return { progress: emptyProgress(), reset: false };
  try {
    const progress = fromValue(JSON.parse(raw));
    return progress ? { progress, reset: false } : { progress: emptyProgress(), reset: true };
  } catch {
    return { progress: emptyProgress(), reset: true };
  }
}

export const serializeProgress = (p: Progress): string => JSON.stringify({ done: p.done, answers: p.answers, last: p.last });

export function toggleDone(p: Progress, id: string, done: boolean): Progress {
  const set = new Set(p.done);
  if (done) set.add(id);
  else set.delete(id);
  return { ...p, done: [...set].sort() };
}

/**
 * Records the first answer to question `index` of `total`; a later change of mind does not change the score.
 * A lesson whose every question was right on the first try counts as done.
 */
export function recordAnswer(p: Progress, lessonId: string, index: number, total: number, right: boolean): Progress {
  const answers = Array.from({ length: total }, (_, i) => p.answers[lessonId]?.[i] ?? -1);
  if (answers[index] !== -1) return p;
  answers[index] = right ? 1 : 0;
  const next = { ...p, answers: { ...p.answers, [lessonId]: answers } };
  return answers.every((a) => a === 1) ? toggleDone(next, lessonId, true) : next;
}

/** "Try again": forget a lesson's answers so the next attempt is scored afresh. */
export function resetAnswers(p: Progress, lessonId: string): Progress {
  const answers = { ...p.answers };
  delete answers[lessonId];
  return { ...p, answers };
}

/** Right on the first try, answered, and total, for one lesson. */
export function score(p: Progress, lessonId: string, total: number): { right: number; answered: number; total: number } {
  const a = p.answers[lessonId] ?? [];
  return { right: a.filter((x) => x === 1).length, answered: a.filter((x) => x !== -1).length, total };
}

/** How many of a list of pages are done. */
export function countDone(p: Progress, ids: string[]): { done: number; total: number } {
  const done = new Set(p.done);
  return { done: ids.filter((id) => done.has(id)).length, total: ids.length };
}
