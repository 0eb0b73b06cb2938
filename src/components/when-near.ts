// Runs `load` once, when any of `elements` comes within `margin` of the viewport (a screen, unless told): code for the
// lower parts of a page (self-check, tabs, copy buttons) is fetched only by readers who get that far.
export function whenNear(elements: Element[], load: () => void, margin = '100%'): void {
  if (!elements.length) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: `${margin} 0px` },
  );
  for (const el of elements) observer.observe(el);
}
