// The one normalisation of a base path: BASE_PATH, Astro's configured base and BASE_URL all go through it.

const BASE_FORMS = 'accepted: empty or "/" for the root, or URL-safe path segments like "mlops-notes", "/mlops-notes/" or "a/b"';

/** `''`, `/` → `/`; `x`, `/x`, `/x/` → `/x/`; anything that is not URL-safe path segments is refused. */
export function normalizeBase(raw: string | undefined, variable = 'BASE_PATH'): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!trimmed) return '/';
  const segments = trimmed.split('/');
  if (segments.some((s) => !/^[A-Za-z0-9._~-]+$/.test(s) || s === '.' || s === '..'))
    throw new Error(`${variable}="${raw}" is not a valid base path (${BASE_FORMS})`);
  return `/${trimmed}/`;
}
