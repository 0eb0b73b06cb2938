// Behaviour of SelfCheck.astro; bundled by the page's scripts (PageScripts.astro), not per component.
import { recordAnswer, resetAnswers, score } from '../lib/progress';
import { loadProgress, saveProgress } from './progress-store';

// Right or wrong at once, with the explanation; the first answer to each question is scored and remembered.
class SelfCheck extends HTMLElement {
  lesson = this.dataset.lesson!;
  items = [...this.querySelectorAll<HTMLElement>('.quiz-item')];
  connectedCallback() {
    this.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      const item = input.closest<HTMLElement>('.quiz-item')!;
      const right = input.value === item.dataset.answer;
      item.dataset.result = right ? 'right' : 'wrong';
      item.querySelector('.quiz-feedback')!.textContent = right ? 'Correct.' : 'Not quite. Read the explanation.';
      item.querySelector('details')!.open = true;
      const loaded = loadProgress();
      if (loaded) saveProgress(recordAnswer(loaded.progress, this.lesson, this.items.indexOf(item), this.items.length, right));
      this.showScore();
    });
    this.querySelector('[data-quiz-retry]')!.addEventListener('click', () => {
      const loaded = loadProgress();
      if (loaded) saveProgress(resetAnswers(loaded.progress, this.lesson));
      for (const item of this.items) {
        delete item.dataset.result;
        item.querySelector('.quiz-feedback')!.textContent = '';
        item.querySelector('details')!.open = false;
        for (const input of item.querySelectorAll('input')) input.checked = false;
      }
      this.showScore();
      this.items[0]?.querySelector('input')?.focus();
    });
    this.showScore();
  }
  showScore() {
    const progress = loadProgress()?.progress;
    const s = progress ? score(progress, this.lesson, this.items.length) : undefined;
    const line = this.querySelector<HTMLElement>('[data-quiz-score]')!;
    line.textContent = !s?.answered
      ? ''
      : s.answered < s.total
        ? `${s.answered} of ${s.total} answered.`
        : `Your score: ${s.right} of ${s.total} right on the first try.`;
    this.querySelector<HTMLElement>('[data-quiz-retry]')!.hidden = !s?.answered;
  }
}
customElements.define('self-check', SelfCheck);
