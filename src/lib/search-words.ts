// Words of a URL path, for pre-filling search on the 404 page: `/base/cloud/service-modles/` → `cloud service modles`.
import { normalizeBase } from './base-path';

export function wordsFromPath(pathname: string, base = '/'): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {}
  const prefix = normalizeBase(base);
  if (prefix !== '/' && path.startsWith(prefix)) path = path.slice(prefix.length);
  return path
    .replace(/\.(html?|ipynb)$/, '')
    .split(/[/_\-.+]+/)
    .filter((w) => w && w !== 'index')
    .join(' ')
    .slice(0, 100);
}
