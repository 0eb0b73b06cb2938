import { describe, expect, it } from 'vitest';
import { parseGitLog } from './git-dates';

describe('parseGitLog', () => {
  it('keeps the newest date of each file', () => {
    const out = '\x00200\n\ncontent/a.mdx\n\n\x00100\n\ncontent/a.mdx\ncontent/b.mdx\n';
    const dates = parseGitLog(out);
    expect(dates.get('content/a.mdx')?.getTime()).toBe(200_000);
    expect(dates.get('content/b.mdx')?.getTime()).toBe(100_000);
    expect(dates.size).toBe(2);
  });
});
