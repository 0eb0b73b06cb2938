import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYamlFile, type YamlShape } from './yaml-files';

const modules: YamlShape<{ id: string; title: string }[]> = {
  kind: 'list',
  what: 'modules',
  schema: z.array(z.strictObject({ id: z.string(), title: z.string().min(1) })),
};
const course: YamlShape<{ title: string; outline: { id: string }[] }> = {
  kind: 'mapping',
  what: 'the course',
  schema: z.strictObject({
    title: z.string(),
    outline: z.array(z.strictObject({ id: z.string().regex(/^[a-z]+$/, 'must be lowercase') })),
  }),
};

describe('parseYamlFile: a list of entries', () => {
  it('returns the validated entries in file order', () => {
    expect(parseYamlFile('m.yaml', '- id: b\n  title: B\n- id: a\n  title: A\n', modules)).toEqual({
      data: [
        { id: 'b', title: 'B' },
        { id: 'a', title: 'A' },
      ],
      problems: [],
    });
  });
  it.each([
    ['an empty file', '', 'm.yaml: is empty; it must be a list of modules'],
    ['a mapping', 'id: a\n', 'm.yaml:1: must be a list of modules'],
    ['a parse error', '- id: a\n  title: [unclosed\n', /^m\.yaml:\d+: /],
    [
      'a duplicate id',
      '- id: a\n  title: A\n- id: b\n  title: B\n- id: a\n  title: C\n',
      'm.yaml:5: id "a" is used twice (first at line 1)',
    ],
    ['an entry without an id', '- title: x\n', 'm.yaml:1: item 1 needs an id'],
    ['a missing field, on its entry', '- id: a\n  title: A\n- id: b\n', 'm.yaml:3: b: title: is required'],
    ['a wrong field, on its line', '- id: a\n  title: A\n- id: b\n  title: ""\n', /^m\.yaml:4: b: title: .*>=1/],
    ['an unknown field, on its line', '- id: a\n  title: A\n  titel: B\n', 'm.yaml:3: a: Unrecognized key: "titel"'],
  ])('names the file and line of %s', (_name, text, message) => {
    const { data, problems } = parseYamlFile('m.yaml', text, modules);
    expect(data).toBeUndefined();
    if (typeof message === 'string') expect(problems[0]).toContain(message);
    else expect(problems[0]).toMatch(message);
  });
});

describe('parseYamlFile: one mapping', () => {
  it('refuses an empty file or a list', () => {
    expect(parseYamlFile('c.yaml', '', course).problems).toEqual(['c.yaml: is empty; it must hold the course']);
    expect(parseYamlFile('c.yaml', '- a\n', course).problems[0]).toMatch(/^c\.yaml:1: must hold the course/);
  });
  it('names the line and the field path of a nested problem', () => {
    expect(parseYamlFile('c.yaml', 'title: T\noutline:\n  - id: ok\n  - id: Not-OK\n', course).problems).toEqual([
      'c.yaml:4: outline[1].id: must be lowercase',
    ]);
  });
});
