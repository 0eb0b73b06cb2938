// Behaviour of ThemeToggle.astro; bundled by the page's scripts (PageScripts.astro), not per component.
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
