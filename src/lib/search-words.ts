// Words of a URL path, for pre-filling search on the 404 page: `/base/cloud/service-modles/` → `cloud service modles`.

export function wordsFromPath(pathname: string, base = '/'): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {}
  if (base !== '/' && path.startsWith(base.replace(/\/?$/, '/'))) path = path.slice(base.replace(/\/?$/, '/').length);
  return path
    .replace(/\.(html?|ipynb)$/, '')
    .split(/[/_\-.+]+/)
    .filter((w) => w && w !== 'index')
    .join(' ')
    .slice(0, 100);
}
