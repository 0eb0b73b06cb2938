import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourse, readCourseFiles, readGlossary, readModules } from './course-files';

const course = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'course-files-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const good = {
  'course.yaml': 'title: T\ndescription: D\ninstructor: I\n',
  'modules.yaml': '- id: tools\n  title: Tools\n  summary: S\n- id: cloud\n  title: Cloud\n  summary: S\n',
  'glossary.yaml': '- id: iaas\n  term: Infrastructure as a Service\n  abbr: IaaS\n  definition: Rented machines.\n',
};

describe('the course files reader', () => {
  it('reads the real course', () => {
    expect(readCourse('content').title).toMatch(/MLOps|Machine Learning/);
    expect(readModules('content').length).toBeGreaterThan(3);
    expect(readGlossary('content').length).toBeGreaterThan(20);
  });
  it('keeps the modules in file order and fills the defaults of the schema', () => {
    const dir = course(good);
    expect(readModules(dir).map((m) => m.id)).toEqual(['tools', 'cloud']);
    expect(readGlossary(dir)).toEqual([
      { id: 'iaas', term: 'Infrastructure as a Service', abbr: 'IaaS', definition: 'Rented machines.', aliases: [], lessons: [] },
    ]);
  });
  it('gives no terms for a course without glossary.yaml', () => {
    const { 'glossary.yaml': _, ...withoutGlossary } = good;
    expect(readCourseFiles(course(withoutGlossary)).glossary).toEqual([]);
  });
  it('reports every problem of every file at once, with file and line', () => {
    const dir = course({
      ...good,
      'course.yaml': 'title: T\ndescription: D\n',
      'modules.yaml': '- id: tools\n  title: Tools\n  summary: S\n- id: labs\n  title: Labs\n  summary: S\n',
    });
    expect(() => readCourseFiles(dir)).toThrow(
      /2 problem\(s\):\n .*course\.yaml:1: instructor: is required\n .*modules\.yaml:4: labs: id: is a reserved route/,
    );
    expect(() => readGlossary(join(dir, 'nope'))).not.toThrow();
    expect(() => readCourse(join(dir, 'nope'))).toThrow(/course\.yaml: is missing/);
  });
  it('reads a file again once it changes', () => {
    const dir = course(good);
    expect(readGlossary(dir).map((t) => t.id)).toEqual(['iaas']);
    writeFileSync(
      join(dir, 'glossary.yaml'),
      `${good['glossary.yaml']}- id: paas\n  term: PaaS\n  definition: Rented platforms.\n`,
    );
    utimesSync(join(dir, 'glossary.yaml'), new Date(), new Date(Date.now() + 5000));
    expect(readGlossary(dir).map((t) => t.id)).toEqual(['iaas', 'paas']);
  });
});
