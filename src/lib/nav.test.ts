import { describe, expect, it, vi } from 'vitest';
import { buildNav, flattenNav, prevNext, sortLabs, type NavLesson } from './nav';

const modules = [
  { id: 'cloud', title: 'Cloud' },
  { id: 'tools', title: 'Tools' },
  { id: 'empty', title: 'Nothing yet' },
];
const lesson = (id: string, order?: number): NavLesson => {
  const [module, slug] = id.split('/') as [string, string];
  return { id, module, slug, title: slug, order };
};

describe('buildNav', () => {
  const nav = buildNav(modules, [
    lesson('tools/docker', 2),
    lesson('cloud/lesson-10'),
    lesson('cloud/lesson-9'),
    lesson('cloud/providers', 3),
    lesson('cloud/basics', 1),
    lesson('tools/jupyter', 1),
    lesson('cloud/a-tie', 3),
  ]);

  it('keeps the module order of modules.yaml and sorts lessons by order, then slug numerically', () => {
    expect(nav.map((g) => [g.module.id, g.lessons.map((l) => l.slug)])).toEqual([
      ['cloud', ['basics', 'a-tie', 'providers', 'lesson-9', 'lesson-10']],
      ['tools', ['jupyter', 'docker']],
      ['empty', []],
    ]);
  });

  it('gives prev/next across module boundaries from the same list', () => {
    const flat = flattenNav(nav);
    expect(prevNext(flat, 'cloud/basics').prev).toBeUndefined();
    expect(prevNext(flat, 'cloud/lesson-10')).toMatchObject({ prev: { id: 'cloud/lesson-9' }, next: { id: 'tools/jupyter' } });
    expect(prevNext(flat, 'tools/docker').next).toBeUndefined();
    expect(prevNext(flat, 'nope')).toEqual({});
  });
});

describe('sortLabs', () => {
  it('sorts labs by the rule lessons follow: order, then slug numerically, unordered last', () => {
    const lab = (id: string, order?: number) => ({ id, data: { order } });
    const labs = [lab('lab-10'), lab('lab-9'), lab('docker', 2), lab('a-tie', 2), lab('intro', 1)];
    expect(sortLabs(labs).map((l) => l.id)).toEqual(['intro', 'a-tie', 'docker', 'lab-9', 'lab-10']);
  });
});

describe('the site sections', () => {
  it('carry the base, and the header, sidebar, footer and home page list them in one order', async () => {
    vi.resetModules();
    vi.stubEnv('BASE_URL', '/mlops-notes/');
    const { sectionLinks, sections } = await import('./nav');
    vi.unstubAllEnvs();
    expect(sections.home).toEqual({ label: 'Home', href: '/mlops-notes/' });
    expect(sections.search).toEqual({ label: 'Search', href: '/mlops-notes/search/' });
    expect(sectionLinks).toEqual([
      { label: 'Labs', href: '/mlops-notes/labs/' },
      { label: 'Glossary', href: '/mlops-notes/glossary/' },
      { label: 'Syllabus', href: '/mlops-notes/syllabus/' },
    ]);
  });
});
