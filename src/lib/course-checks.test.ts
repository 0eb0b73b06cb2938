import { describe, expect, it } from 'vitest';
import { checkCourse, type CourseForChecks } from './course-checks';

const base = (): CourseForChecks => ({
  moduleIds: ['cloud', 'tools'],
  topicIds: ['iaas', 'docker'],
  lessons: [
    { entryId: 'cloud/basics', filePath: 'lessons/cloud/basics.mdx', prerequisites: [], covers: ['iaas'] },
    { entryId: 'tools/docker', filePath: 'lessons/tools/docker.mdx', prerequisites: ['cloud/basics'], covers: ['docker'] },
  ],
  labs: [],
  glossary: [{ id: 'iaas', lessons: ['cloud/basics'] }],
  glossaryFile: 'glossary.yaml',
  courseFile: 'course.yaml',
});

describe('checkCourse', () => {
  it('accepts a consistent course', () => expect(checkCourse(base())).toEqual([]));

  it('names the file and field of a missing prerequisite or topic', () => {
    const c = base();
    c.lessons[1]!.prerequisites = ['cloud/nope'];
    c.lessons[0]!.covers = ['iaas', 'paas'];
    expect(checkCourse(c)).toEqual([
      'lessons/cloud/basics.mdx: covers[1]: "paas" is not a topic id in course.yaml\'s outline',
      'lessons/tools/docker.mdx: prerequisites[0]: "cloud/nope" is not a lesson',
    ]);
  });

  it('rejects a lesson in a module modules.yaml lacks', () => {
    const c = base();
    c.lessons.push({ entryId: 'ghost/x', filePath: 'lessons/ghost/x.mdx', prerequisites: [], covers: [] });
    expect(checkCourse(c)).toContain('lessons/ghost/x.mdx: module "ghost" is not in modules.yaml');
  });

  it.each([
    ['cloud/basics/index', 'lessons/cloud/basics/index.mdx'],
    ['cloud/Basics', 'lessons/cloud/Basics.mdx'],
  ])('rejects two pages with one URL (%s)', (entryId, filePath) => {
    const c = base();
    c.lessons.push({ entryId, filePath, prerequisites: [], covers: [] });
    expect(checkCourse(c).join('\n')).toContain(`${filePath}: has the same URL /cloud/basics/ as lessons/cloud/basics.mdx`);
  });

  it('rejects duplicate glossary ids and glossary links to missing lessons', () => {
    const c = base();
    c.glossary.push({ id: 'iaas', lessons: ['cloud/gone'] });
    expect(checkCourse(c)).toEqual([
      'glossary.yaml: id "iaas" is used twice',
      'glossary.yaml: iaas: lessons[0]: "cloud/gone" is not a lesson',
    ]);
  });

  it('names a lesson that links a lab which does not exist', () => {
    const c = base();
    c.labs.push({ entryId: 'labs/docker-lab', filePath: 'labs/docker-lab.mdx', prerequisites: [], covers: [] });
    c.lessons[1]!.labs = ['docker-lab', 'k8s-lab'];
    expect(checkCourse(c)).toEqual(['lessons/tools/docker.mdx: labs[1]: "k8s-lab" is not a lab (content/labs/k8s-lab.mdx)']);
  });

  it("refuses a former address that is another page's URL", () => {
    const c = base();
    c.lessons[1]!.redirectFrom = ['cloud/old-docker', 'cloud/basics'];
    expect(checkCourse(c)).toEqual([
      'lessons/tools/docker.mdx: redirectFrom[1]: /cloud/basics/ is the URL of lessons/cloud/basics.mdx',
    ]);
  });

  it('names a prerequisite cycle and a lesson that lists itself', () => {
    const c = base();
    c.lessons[0]!.prerequisites = ['tools/docker'];
    expect(checkCourse(c)).toEqual(['lessons/cloud/basics.mdx: prerequisites: cycle cloud/basics → tools/docker → cloud/basics']);
    c.lessons[0]!.prerequisites = ['cloud/basics'];
    expect(checkCourse(c)).toEqual(['lessons/cloud/basics.mdx: prerequisites: "cloud/basics" lists itself']);
  });
  it('refuses glossary links to a draft lesson and lesson files ending in .md', () => {
    const c = base();
    c.lessons[0]!.draft = true;
    c.lessons[1]!.prerequisites = [];
    c.markdownFiles = ['lessons/cloud/notes.md'];
    expect(checkCourse(c)).toEqual([
      'lessons/cloud/notes.md: lessons and labs are MDX: rename it to .mdx',
      'glossary.yaml: iaas: lessons[0]: "cloud/basics" is a draft',
    ]);
  });
});
