// Marks the searched words on the page a student arrived at, then removes ?highlight= from the address bar.
import { highlightTerms, withoutHighlight } from '../lib/search-highlight';

export function highlightFromUrl(): void {
  const terms = highlightTerms(new URLSearchParams(location.search).get('highlight') ?? '');
  history.replaceState(history.state, '', withoutHighlight(location.href));
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!terms.length || !root) return;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script,style,svg,mark,[data-pagefind-ignore],.term-tip')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        frag.append(mark);
      } else if (part) frag.append(part);
    });
    node.replaceWith(frag);
  }
  if (!location.hash) document.querySelector('main mark')?.scrollIntoView({ block: 'center' });
}
