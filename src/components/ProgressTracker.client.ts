// Behaviour of ProgressTracker.astro; bundled with the others by SiteScripts.astro and ArticleScripts.astro (one script per page).
import { countDone, score, toggleDone, type Progress } from '../lib/progress';
import { loadProgress, saveProgress } from './progress-store';

const paint = (p: Progress) => {
  const done = new Set(p.done);
  for (const a of document.querySelectorAll<HTMLElement>('[data-lesson]'))
    a.classList.toggle('is-done', done.has(a.dataset.lesson!));
  for (const el of document.querySelectorAll<HTMLElement>('[data-module-lessons]')) {
    const c = countDone(p, el.dataset.moduleLessons!.split(' '));
    el.textContent = c.done ? `${c.done} of ${c.total} done` : '';
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-score-for]')) {
    const s = score(p, el.dataset.scoreFor!, Number(el.dataset.total));
    el.textContent = s.answered === s.total ? `Self-check ${s.right} of ${s.total}` : '';
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-mark-done]')) {
    const isDone = done.has(b.dataset.markDone!);
    b.setAttribute('aria-pressed', String(isDone));
    b.querySelector('span')!.textContent = isDone ? 'Done' : 'Mark as done';
    b.hidden = false;
  }
};

const loaded = loadProgress();
// Without storage nothing can be kept: "Mark as done" stays hidden rather than pretending.
if (loaded) {
  let { progress } = loaded;
  const notice = document.querySelector<HTMLElement>('[data-progress-notice]')!;
  if (loaded.reset) {
    notice.textContent = 'Your saved progress for this course could not be read, so it was reset.';
    notice.hidden = false;
  }
  const lesson = document.querySelector<HTMLElement>('article[data-lesson-id]')?.dataset.lessonId;
  if (lesson || loaded.reset) saveProgress((progress = { ...progress, last: lesson ?? progress.last }));
  paint(progress);
  document.addEventListener('progress-change', () => paint(loadProgress()?.progress ?? progress));
  document.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-mark-done]');
    if (!button) return;
    const current = loadProgress()?.progress ?? progress;
    saveProgress(toggleDone(current, button.dataset.markDone!, button.getAttribute('aria-pressed') !== 'true'));
  });
}
