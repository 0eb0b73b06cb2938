// Behaviour of TableOfContents.astro; bundled by ArticleScripts.astro (one script per page).
// Marks the link of the last heading scrolled past as the current section.
class TableOfContents extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll('a')];
    const targets = links
      .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
      .filter(Boolean) as HTMLElement[];
    const update = () => {
      let current = 0;
      targets.forEach((t, i) => {
        if (t.getBoundingClientRect().top < 120) current = i;
      });
      links.forEach((a, i) => (i === current ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
    };
    let queued = false;
    addEventListener(
      'scroll',
      () => {
        if (!queued) ((queued = true), requestAnimationFrame(() => ((queued = false), update())));
      },
      { passive: true },
    );
    update();
  }
}
customElements.define('table-of-contents', TableOfContents);
