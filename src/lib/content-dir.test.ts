import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetOtherContent } from './content-dir';

describe('forgetOtherContent', () => {
  it("drops Astro's content store when the content folder changes, and keeps it while it does not", () => {
    const dot = mkdtempSync(join(tmpdir(), 'astro-'));
    forgetOtherContent('/course/a', dot);
    writeFileSync(join(dot, 'data-store.json'), '{}');
    forgetOtherContent('/course/a', dot);
    expect(existsSync(join(dot, 'data-store.json'))).toBe(true);
    forgetOtherContent('/course/b', dot);
    expect(existsSync(join(dot, 'data-store.json'))).toBe(false);
  });
});
