// Behaviour of ThemeToggle.astro; bundled with the others by SiteScripts.astro and ArticleScripts.astro (one script per page).
import { themeKey } from '../lib/progress';
import { pathWithBase } from '../lib/urls';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    sync();
    button.addEventListener('click', () => {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(themeKey(pathWithBase('/')), root.dataset.theme);
      } catch {}
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
