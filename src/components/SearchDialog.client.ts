// Behaviour of SearchDialog.astro; bundled with the others by SiteScripts.astro and ArticleScripts.astro (one script per page).
// Loads the search UI once, on the first sign the student wants it, then opens the dialog.
import searchPanel from 'lazy-script:SearchPanel';
import searchHighlight from 'lazy-script:SearchHighlight';

const load = () => import(/* @vite-ignore */ searchPanel) as Promise<typeof import('./SearchPanel.lazy')>;
let loading: ReturnType<typeof load> | undefined;
const warm = () => (loading ??= load());
const open = async (e?: Event) => {
  e?.preventDefault();
  (await warm()).openDialog();
};
for (const el of document.querySelectorAll<HTMLElement>('[data-search-trigger]')) {
  el.addEventListener('click', open);
  for (const ev of ['pointerenter', 'focus', 'touchstart']) el.addEventListener(ev, warm, { once: true, passive: true });
}
addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  const typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
  // The physical K key, so Caps Lock and non-Latin layouts work too.
  const k = e.code === 'KeyK' || e.key.toLowerCase() === 'k';
  if ((k && (e.metaKey || e.ctrlKey)) || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey)) open(e);
});
// Arriving from a search result: highlight the words, then clean the address.
if (/[?&]highlight=/.test(location.search))
  (import(/* @vite-ignore */ searchHighlight) as Promise<typeof import('./SearchHighlight.lazy')>).then((m) =>
    m.highlightFromUrl(),
  );
