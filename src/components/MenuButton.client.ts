// Behaviour of Header.astro; bundled with the others by SiteScripts.astro and ArticleScripts.astro (one script per page).
// Opens and closes the navigation drawer on small screens.
class MenuButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const nav = document.getElementById('site-nav');
    if (!nav) return;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      nav.toggleAttribute('data-open', open);
      document.body.classList.toggle('overflow-hidden', open);
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && nav.hasAttribute('data-open')) {
        set(false);
        button.focus();
      }
    });
    nav.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) set(false);
    });
  }
}
customElements.define('menu-button', MenuButton);
