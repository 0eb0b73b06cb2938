// Behaviour of SelfCheck.astro, loaded by SelfCheck.client.ts when the questions come near the screen.
import { recordAnswer, resetAnswers, score } from '../lib/progress';
import { loadProgress, saveProgress } from './progress-store';

// Right or wrong, with the explanation: at once for a click or tap; from the keyboard (where arrow keys move the
// selection through the choices) on Enter or the Check button. The first answer checked is scored and remembered.
class SelfCheck extends HTMLElement {
  lesson = this.dataset.lesson!;
  items = [...this.querySelectorAll<HTMLElement>('.quiz-item')];
  pointer = false;
  check(item: HTMLElement) {
    const input = item.querySelector<HTMLInputElement>('input:checked');
    if (!input) return;
    const right = input.value === item.dataset.answer;
    item.dataset.result = right ? 'right' : 'wrong';
    item.querySelector('.quiz-feedback')!.textContent = right ? 'Correct.' : 'Not quite. Read the explanation.';
    item.querySelector('details')!.open = true;
    const loaded = loadProgress();
    if (loaded) saveProgress(recordAnswer(loaded.progress, this.lesson, this.items.indexOf(item), this.items.length, right));
    this.showScore();
  }
  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-quiz-check]')) {
      button.hidden = false;
      button.addEventListener('click', () => this.check(button.closest<HTMLElement>('.quiz-item')!));
    }
    this.addEventListener('pointerdown', () => (this.pointer = true));
    this.addEventListener('keydown', (e) => {
      this.pointer = false;
      const input = e.target as HTMLElement;
      if (e.key === 'Enter' && input.matches('input[type=radio]')) {
        e.preventDefault();
        this.check(input.closest<HTMLElement>('.quiz-item')!);
      }
    });
    this.addEventListener('change', (e) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('.quiz-item')!;
      item.querySelector<HTMLButtonElement>('[data-quiz-check]')!.disabled = false;
      if (this.pointer) this.check(item);
    });
    this.querySelector('[data-quiz-retry]')!.addEventListener('click', () => {
      const loaded = loadProgress();
      if (loaded) saveProgress(resetAnswers(loaded.progress, this.lesson));
      for (const item of this.items) {
        delete item.dataset.result;
        item.querySelector('.quiz-feedback')!.textContent = '';
        item.querySelector('details')!.open = false;
        for (const input of item.querySelectorAll('input')) input.checked = false;
        item.querySelector<HTMLButtonElement>('[data-quiz-check]')!.disabled = true;
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
