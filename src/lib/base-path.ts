// The one normalisation of a base path: BASE_PATH, Astro's configured base and BASE_URL all go through it.

const BASE_FORMS = 'accepted: empty or "/" for the root, or URL-safe path segments like "mlops-notes", "/mlops-notes/" or "a/b"';

/** `''`, `/` → `/`; `x`, `/x`, `/x/` → `/x/`. Small, because every page's script carries it. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The normalised base, or an error naming `variable` when it is not URL-safe path segments (build time only). */
export function checkedBase(raw: string | undefined, variable = 'BASE_PATH'): string {
  const base = normalizeBase(raw);
  if (
    base
      .split('/')
      .slice(1, -1)
      .some((s) => !/^[A-Za-z0-9._~-]+$/.test(s) || s === '.' || s === '..')
  )
    throw new Error(`${variable}="${raw}" is not a valid base path (${BASE_FORMS})`);
  return base;
}
