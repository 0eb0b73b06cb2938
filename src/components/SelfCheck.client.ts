// Behaviour of SelfCheck.astro, bundled by ArticleScripts.astro: the self-check's code (SelfCheck.lazy.ts) loads when
// the questions come near the screen, so a reader who never scrolls that far never downloads it.
import selfCheck from 'lazy-script:SelfCheck';
import { whenNear } from './when-near';

const quiz = document.querySelector('self-check');
if (quiz) {
  // A choice picked before the code has arrived (a jump to the questions, a quick click) is answered once it has.
  const early: Event[] = [];
  const types = ['pointerdown', 'keydown', 'change'] as const;
  const record = (e: Event) => {
    early.push(e);
    void load();
  };
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ selfCheck) as Promise<unknown>).then(() => {
      for (const type of types) quiz.removeEventListener(type, record, true);
      for (const e of early) {
        const init = { bubbles: true, key: (e as KeyboardEvent).key };
        const replay = e.type === 'keydown' ? new KeyboardEvent(e.type, init) : new Event(e.type, init);
        e.target?.dispatchEvent(replay);
      }
    }));
  for (const type of types) quiz.addEventListener(type, record, true);
  whenNear([quiz], () => void load());
}
