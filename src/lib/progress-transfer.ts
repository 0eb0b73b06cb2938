// Progress beyond one page: where to continue on the home page, and moving progress between machines.
// Kept apart from progress.ts so that lesson pages do not load it.
import { fromValue, isRecord, PROGRESS_FORMAT, PROGRESS_VERSION, serializeProgress, type Progress } from './progress';

/** Where to pick up: the last lesson opened, and the first lesson after it (in course order) not yet done. */
export function continueFrom(p: Progress, order: string[]): { last?: string | undefined; next?: string | undefined } {
  const done = new Set(p.done);
  const last = p.last && order.includes(p.last) ? p.last : undefined;
  const from = last ? order.indexOf(last) + 1 : 0;
  const next = [...order.slice(from), ...order.slice(0, from)].find((id) => !done.has(id) && id !== last);
  return { last, next };
}

/** The file a student downloads to move progress to another machine. */
export function exportProgress(p: Progress, course: string, now: Date): string {
  return `${JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, course, exported: now.toISOString(), ...JSON.parse(serializeProgress(p)) }, null, 2)}\n`;
}

/** Reads an exported file; refuses another course, a newer format or a malformed file, saying why. */
export function importProgress(text: string, course: string): { progress: Progress } | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { error: 'This file is not a progress file (it is not JSON).' };
  }
  if (!isRecord(v) || v.format !== PROGRESS_FORMAT) return { error: 'This file is not a progress file of this site.' };
  if (typeof v.version !== 'number' || v.version > PROGRESS_VERSION)
    return { error: 'This file was made by a newer version of the site; update the site to import it.' };
  if (v.course !== course) return { error: `This file holds progress of another course (${String(v.course)}).` };
  const progress = fromValue(v);
  return progress ? { progress } : { error: 'This progress file is damaged; nothing was changed.' };
}
