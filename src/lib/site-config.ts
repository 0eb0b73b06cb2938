// Where the site lives: base path, site URL and repository, derived from the environment (see README).
import { existsSync, readFileSync } from 'node:fs';

export interface SiteConfig {
  /** Always starts and ends with `/`; `/` for the root. */
  base: string;
  /** Origin (and path for a custom domain) without trailing slash. */
  site: string;
  /** `owner/repo` when known from GitHub Actions. */
  repository?: string | undefined;
  /** Branch for "edit this page" links. */
  branch?: string | undefined;
}

type Env = Record<string, string | undefined>;

/** `''`, `/` → `/`; `x`, `/x`, `/x/` → `/x/`. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Reads BASE_PATH, SITE_URL, and in GitHub Actions GITHUB_REPOSITORY and public/CNAME. */
export function resolveSiteConfig(env: Env, cnamePath = 'public/CNAME'): SiteConfig {
  const repository = env.GITHUB_REPOSITORY || undefined;
  const branch = env.GITHUB_REF_NAME || undefined;
  let site = env.SITE_URL?.replace(/\/+$/, '');
  let base = env.BASE_PATH === undefined ? undefined : normalizeBase(env.BASE_PATH);
  if (env.GITHUB_ACTIONS === 'true' && repository) {
    const [owner, repo] = repository.split('/');
    const cname = existsSync(cnamePath) ? readFileSync(cnamePath, 'utf8').trim() : '';
    if (cname) {
      site ??= `https://${cname}`;
      base ??= '/';
    } else {
      site ??= `https://${owner!.toLowerCase()}.github.io`;
      base ??= repo!.toLowerCase() === `${owner!.toLowerCase()}.github.io` ? '/' : normalizeBase(repo);
    }
  }
  return { base: base ?? '/', site: site ?? 'http://localhost:4321', repository, branch };
}
