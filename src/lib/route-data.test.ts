import { describe, expect, it } from 'vitest';
import type { Lab, Lesson } from './content';
import { labRoute, lessonRoute, type Build } from './route-data';

const lesson = (id: string, data: { prerequisites?: string[]; labs?: string[] } = {}) => {
  const [module, slug] = id.split('/') as [string, string];
  return {
    id,
    module,
    slug,
    title: `Title of ${slug}`,
    data: { prerequisites: [], labs: [], ...data },
    entry: { filePath: `content/lessons/${id}.mdx`, body: 'word '.repeat(460) },
  } as unknown as Lesson;
};
const lab = (id: string, prerequisites: string[] = []) =>
  ({ id, filePath: `content/labs/${id}.mdx`, data: { title: `Lab ${id}`, prerequisites } }) as unknown as Lab;

const lessons = [
  lesson('cloud/basics'),
  lesson('cloud/iaas', { prerequisites: ['cloud/basics', 'cloud/gone'], labs: ['vm', 'nope'] }),
  lesson('tools/docker'),
];
const labs = [lab('vm', ['cloud/iaas']), lab('docker'), lab('k8s')];
const course = {
  course: { title: 'T', description: 'D', instructor: 'I', repository: 'https://github.com/x/notes' },
  modules: [
    { id: 'cloud', title: 'Cloud', summary: 'S' },
    { id: 'tools', title: 'Tools', summary: 'S' },
  ],
  lessons,
  labs,
};
const updated = new Date('2026-01-02T03:04:05Z');
const build: Build = { lastUpdated: (file) => (file === 'content/lessons/cloud/iaas.mdx' ? updated : undefined) };

describe('lessonRoute', () => {
  const route = lessonRoute(lessons[1]!, course, build);
  it('links the lessons before and after it in reading order', () => {
    expect(route.prev).toEqual({ href: '/cloud/basics/', title: 'Title of basics' });
    expect(route.next).toEqual({ href: '/tools/docker/', title: 'Title of docker' });
    expect(lessonRoute(lessons[0]!, course, build).prev).toBeUndefined();
  });
  it('resolves its module, prerequisites and labs, skipping ids that name nothing published', () => {
    expect(route.module.title).toBe('Cloud');
    expect(route.prerequisites.map((l) => l.id)).toEqual(['cloud/basics']);
    expect(route.labs.map((l) => l.id)).toEqual(['vm']);
  });
  it("names its source, its last commit and the edit URL on course.yaml's repository", () => {
    expect(route).toMatchObject({
      source: 'content/lessons/cloud/iaas.mdx',
      updated,
      editUrl: 'https://github.com/x/notes/edit/main/content/lessons/cloud/iaas.mdx',
      minutes: 2,
    });
  });
  it('prefers the repository and branch the site is built from', () => {
    expect(lessonRoute(lessons[1]!, course, { ...build, repository: 'ada/fork', branch: 'dev' }).editUrl).toBe(
      'https://github.com/ada/fork/edit/dev/content/lessons/cloud/iaas.mdx',
    );
  });
});

describe('labRoute', () => {
  it('links the labs before and after it in the labs list', () => {
    expect(labRoute(labs[1]!, course, build)).toMatchObject({
      prev: { href: '/labs/vm/', title: 'Lab vm' },
      next: { href: '/labs/k8s/', title: 'Lab k8s' },
    });
    expect(labRoute(labs[2]!, course, build).next).toBeUndefined();
  });
  it('resolves its prerequisites and names its source and edit URL', () => {
    expect(labRoute(labs[0]!, course, build)).toMatchObject({
      prerequisites: [{ id: 'cloud/iaas' }],
      source: 'content/labs/vm.mdx',
      editUrl: 'https://github.com/x/notes/edit/main/content/labs/vm.mdx',
      updated: undefined,
    });
  });
});
