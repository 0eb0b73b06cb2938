// Browser side of progress: one storage key per course; every page listens for changes and repaints.
import { parseProgress, progressKey, serializeProgress, type Progress } from '../lib/progress';
import { pathWithBase } from '../lib/urls';

const key = progressKey(pathWithBase('/'));

/** Stored progress, or undefined when the browser keeps no storage (private mode, blocked, disabled). */
export function loadProgress(): { progress: Progress; reset: boolean } | undefined {
  try {
    return parseProgress(localStorage.getItem(key));
  } catch {
    return undefined;
  }
}

/** Saves and tells the page; false when storage refused (full or blocked). */
export function saveProgress(progress: Progress): boolean {
  try {
    localStorage.setItem(key, serializeProgress(progress));
  } catch {
    return false;
  }
  document.dispatchEvent(new CustomEvent('progress-change'));
  return true;
}
