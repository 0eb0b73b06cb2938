import { describe, expect, it } from 'vitest';
import { checkYamlList, checkYamlObject } from './yaml-files';

describe('checkYamlList', () => {
  it('accepts a list of entries with unique ids', () => {
    expect(checkYamlList('m.yaml', '- id: a\n  title: A\n- id: b\n  title: B\n', 'modules')).toEqual([]);
  });
  it.each([
    ['an empty file', '', 'm.yaml: is empty; it must be a list of modules'],
    ['a mapping', 'id: a\n', 'm.yaml:1: must be a list of modules'],
    ['a parse error', '- id: a\n  title: [unclosed\n', /^m\.yaml:\d+: /],
    ['a duplicate id', '- id: a\n- id: b\n- id: a\n', 'm.yaml:3: id "a" is used twice (first at line 1)'],
    ['an entry without an id', '- title: x\n', 'm.yaml:1: item 1 needs an id'],
  ])('names the file and line of %s', (_name, text, message) => {
    const problems = checkYamlList('m.yaml', text, 'modules');
    expect(problems.length).toBeGreaterThan(0);
    if (typeof message === 'string') expect(problems[0]).toContain(message);
    else expect(problems[0]).toMatch(message);
  });
});

describe('checkYamlObject', () => {
  it('accepts a mapping and refuses an empty file or a list', () => {
    expect(checkYamlObject('c.yaml', 'title: x\n', 'the course')).toEqual([]);
    expect(checkYamlObject('c.yaml', '', 'the course')).toEqual(['c.yaml: is empty; it must hold the course']);
    expect(checkYamlObject('c.yaml', '- a\n', 'the course')[0]).toMatch(/must hold the course/);
  });
});
