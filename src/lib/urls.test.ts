import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadWithBase(base: string) {
  vi.resetModules();
  vi.stubEnv('BASE_URL', base);
  return import('./urls');
}

afterEach(() => vi.unstubAllEnvs());

describe('urls at the root', () => {
  it('builds every kind of URL', async () => {
    const u = await loadWithBase('/');
    expect(u.homeUrl()).toBe('/');
    expect(u.moduleUrl('cloud')).toBe('/cloud/');
    expect(u.lessonUrl('cloud/service-models')).toBe('/cloud/service-models/');
    expect(u.labUrl('hello-chameleon')).toBe('/labs/hello-chameleon/');
    expect(u.labNotebookUrl('hello-chameleon')).toBe('/labs/hello-chameleon.ipynb');
    expect(u.glossaryUrl('iaas')).toBe('/glossary/#iaas');
    expect(u.searchUrl('CI/CD & more')).toBe('/search/?q=CI%2FCD%20%26%20more');
  });
});

describe('urls under a sub-path', () => {
  it.each(['/mlops-notes', '/mlops-notes/'])('prefixes the base %s exactly once', async (b) => {
    const u = await loadWithBase(b);
    expect(u.homeUrl()).toBe('/mlops-notes/');
    expect(u.lessonUrl('cloud/service-models')).toBe('/mlops-notes/cloud/service-models/');
    expect(u.pathWithBase('/glossary/#iaas')).toBe('/mlops-notes/glossary/#iaas');
    expect(u.stripBase('/mlops-notes/cloud/')).toBe('/cloud/');
  });
  it('leaves external links and bare anchors alone', async () => {
    const u = await loadWithBase('/mlops-notes/');
    expect(u.pathWithBase('https://nist.gov/')).toBe('https://nist.gov/');
    expect(u.pathWithBase('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(u.pathWithBase('#intro')).toBe('#intro');
  });
});
