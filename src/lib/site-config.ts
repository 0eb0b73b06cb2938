// Where the site lives: base path, site URL and repository, derived from the environment (see README).
import { existsSync, readFileSync } from 'node:fs';
import { checkedBase } from './base-path.ts';

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

/** An origin such as `https://owner.github.io`; a path, query or other scheme is refused (the path belongs in BASE_PATH). */
export function normalizeSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not an absolute URL (accepted: an origin like https://owner.github.io)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL="${raw}" must use http or https (accepted: an origin like https://owner.github.io)`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL="${raw}" has a path; give the origin only (https://${url.host}) and put the path in BASE_PATH`);
  return url.origin;
}

/** Reads BASE_PATH, SITE_URL, and in GitHub Actions GITHUB_REPOSITORY and public/CNAME. */
export function resolveSiteConfig(env: Env, cnamePath = 'public/CNAME'): SiteConfig {
  const repository = env.GITHUB_REPOSITORY || undefined;
  const branch = env.GITHUB_REF_NAME || undefined;
  // A variable set to the empty string counts as unset.
  let site = env.SITE_URL ? normalizeSiteUrl(env.SITE_URL) : undefined;
  let base = env.BASE_PATH ? checkedBase(env.BASE_PATH) : undefined;
  if (env.GITHUB_ACTIONS === 'true' && repository) {
    const [owner, repo] = repository.split('/');
    const cname = existsSync(cnamePath) ? readFileSync(cnamePath, 'utf8').trim() : '';
    if (cname) {
      site ??= `https://${cname}`;
      base ??= '/';
    } else {
      site ??= `https://${owner!.toLowerCase()}.github.io`;
      base ??= repo!.toLowerCase() === `${owner!.toLowerCase()}.github.io` ? '/' : checkedBase(repo);
    }
  }
  return { base: base ?? '/', site: site ?? 'http://localhost:4321', repository, branch };
}
