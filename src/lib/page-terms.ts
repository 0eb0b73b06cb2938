// Which glossary terms a page has shown so far, per page render (each render has its own Request).
const pages = new WeakMap<Request, Set<string>>();

export function termsOnPage(request: Request): Set<string> {
  let seen = pages.get(request);
  if (!seen) pages.set(request, (seen = new Set()));
  return seen;
}
