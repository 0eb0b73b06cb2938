import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSiteConfig } from './site-config';

describe('resolveSiteConfig', () => {
  const noCname = '/nonexistent/CNAME';
  it('defaults to localhost at the root', () => {
    expect(resolveSiteConfig({}, noCname)).toMatchObject({ base: '/', site: 'http://localhost:4321' });
  });
  it('takes BASE_PATH and SITE_URL as given', () => {
    expect(resolveSiteConfig({ BASE_PATH: 'mlops-notes', SITE_URL: 'https://x.org/' }, noCname)).toMatchObject({
      base: '/mlops-notes/',
      site: 'https://x.org',
    });
  });
  it('derives both from the repository in GitHub Actions', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Ada/MLOps-Notes' };
    // The owner is a host name (lower case); the repository path keeps its case, as Pages serves it.
    expect(resolveSiteConfig(env, noCname)).toMatchObject({ base: '/MLOps-Notes/', site: 'https://ada.github.io' });
  });
  it('serves a user site repository at the root', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ada/ada.github.io' };
    expect(resolveSiteConfig(env, noCname)).toMatchObject({ base: '/', site: 'https://ada.github.io' });
  });
  it('lets a CNAME file set the domain and the root base', () => {
    const cname = join(mkdtempSync(join(tmpdir(), 'cname-')), 'CNAME');
    writeFileSync(cname, 'notes.example.edu\n');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ada/notes' };
    expect(resolveSiteConfig(env, cname)).toMatchObject({ base: '/', site: 'https://notes.example.edu' });
  });
  it('lets explicit variables win over the derived ones in Actions', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ada/notes', BASE_PATH: '/' };
    expect(resolveSiteConfig(env, noCname).base).toBe('/');
  });

  it('treats variables set to the empty string as unset', () => {
    expect(resolveSiteConfig({ SITE_URL: '', BASE_PATH: '' }, noCname)).toMatchObject({
      base: '/',
      site: 'http://localhost:4321',
    });
    expect(resolveSiteConfig({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ada/notes', BASE_PATH: '' }, noCname).base).toBe(
      '/notes/',
    );
  });
  it.each([
    [{ SITE_URL: 'owner.github.io' }, /SITE_URL="owner.github.io" is not an absolute URL/],
    [{ SITE_URL: 'ftp://x.org' }, /SITE_URL="ftp:\/\/x.org" must use http or https/],
    [{ SITE_URL: 'https://x.org/notes/' }, /has a path; give the origin only \(https:\/\/x.org\) and put the path in BASE_PATH/],
    [{ BASE_PATH: '../x' }, /BASE_PATH="..\/x" is not a valid base path \(accepted: /],
    [{ BASE_PATH: '/a?b' }, /BASE_PATH="\/a\?b" is not a valid base path/],
    [{ BASE_PATH: 'a#b' }, /is not a valid base path/],
    [{ BASE_PATH: 'my notes' }, /is not a valid base path/],
  ])('refuses %j naming the variable and what it accepts', (env, message) => {
    expect(() => resolveSiteConfig(env, noCname)).toThrow(message);
  });
});
