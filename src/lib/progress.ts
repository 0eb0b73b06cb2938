// Lessons a student marked done, kept in localStorage; any unreadable value counts as "nothing done yet".

export const PROGRESS_KEY = 'mlops-notes:done';

export function parseProgress(raw: string | null): Set<string> {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return new Set(
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(v)) : [],
    );
  } catch {
    return new Set();
  }
}

export function serializeProgress(done: Set<string>): string {
  return JSON.stringify([...done].sort());
}

/** How many of a module's lessons are done. */
export function moduleProgress(done: Set<string>, lessonIds: string[]): { done: number; total: number } {
  return { done: lessonIds.filter((id) => done.has(id)).length, total: lessonIds.length };
}
