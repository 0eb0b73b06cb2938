// Runs `load` once, when any of `elements` comes within a screen of the viewport: code for the lower parts of a
// page (self-check, tabs) is fetched only by readers who get that far, and before they can use it.
export function whenNear(elements: Element[], load: () => void): void {
  if (!elements.length) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: '100% 0px' },
  );
  for (const el of elements) observer.observe(el);
}
