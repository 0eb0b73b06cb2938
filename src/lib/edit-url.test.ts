import { describe, expect, it } from 'vitest';
import { editUrl } from './edit-url';

describe('editUrl', () => {
  const file = 'content/lessons/cloud/x.mdx';
  it('prefers the repository and branch of GitHub Actions', () => {
    expect(editUrl(file, { githubRepository: 'ada/notes', branch: 'dev', courseRepository: 'https://github.com/x/y' })).toBe(
      'https://github.com/ada/notes/edit/dev/content/lessons/cloud/x.mdx',
    );
  });
  it("falls back to course.yaml's repository", () => {
    expect(editUrl(file, { courseRepository: 'https://github.com/x/y/' })).toBe(
      'https://github.com/x/y/edit/main/content/lessons/cloud/x.mdx',
    );
  });
  it('gives none without a repository', () => expect(editUrl(file, {})).toBeUndefined());
});
