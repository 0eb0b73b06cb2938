// Behaviour of Tabs.astro, loaded by Tabs.client.ts when the tabs come near the screen.
// Builds an ARIA tab list from the panels' labels; arrow keys move between tabs.
let next = 0;
class CourseTabs extends HTMLElement {
  connectedCallback() {
    const list = this.querySelector<HTMLElement>('[role=tablist]')!;
    const panels = [...this.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
    const uid = `tabs${next++}`;
    const tabs = panels.map((panel, i) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.role = 'tab';
      tab.id = `${uid}-t${i}`;
      tab.textContent = panel.dataset.label ?? `Tab ${i + 1}`;
      tab.setAttribute('aria-controls', (panel.id = `${uid}-p${i}`));
      panel.role = 'tabpanel';
      panel.tabIndex = 0;
      panel.setAttribute('aria-labelledby', tab.id);
      panel.querySelector('.tab-label')?.remove();
      list.append(tab);
      return tab;
    });
    const select = (i: number, focus = false) => {
      tabs.forEach((t, j) => {
        t.setAttribute('aria-selected', String(i === j));
        t.tabIndex = i === j ? 0 : -1;
        panels[j]!.hidden = i !== j;
      });
      if (focus) tabs[i]!.focus();
    };
    list.addEventListener('click', (e) => {
      const i = tabs.indexOf((e.target as Element).closest('button')!);
      if (i >= 0) select(i);
    });
    list.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (i >= 0 && step) select((i + step + tabs.length) % tabs.length, true);
    });
    list.hidden = false;
    select(0);
  }
}
customElements.define('course-tabs', CourseTabs);
