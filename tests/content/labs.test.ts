// Every lab meets the lab standard of the curriculum: goal, time per part, prerequisites, cost, numbered parts each
// ending in a checkpoint, troubleshooting and clean-up.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const dir = join('content', 'labs');
const labs = (existsSync(dir) ? readdirSync(dir) : [])
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const source = readFileSync(join(dir, f), 'utf8');
    const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    return { slug: f.replace(/\.mdx$/, ''), data: parseYaml(fm) as Record<string, unknown>, body };
  })
  .filter((l) => !l.data.draft);

describe.each(labs.map((l) => [l.slug, l]))('lab %s', (_slug, { data, body }) => {
  const parts = (data.parts ?? []) as { title: string; minutes: number }[];
  const h2 = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

  it('estimates its time per part, and the parts add up to the total', () => {
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.reduce((sum, p) => sum + p.minutes, 0)).toBe(data.minutes);
  });
  it('names the lessons to read first and the outline topics it practises', () => {
    expect((data.prerequisites as string[] | undefined)?.length ?? 0).toBeGreaterThan(0);
    expect((data.covers as string[] | undefined)?.length ?? 0).toBeGreaterThan(0);
  });
  it('says before it starts what it needs and what it costs', () => {
    expect(h2[0]).toBe('Before you start');
    const before = /^## Before you start\n([\s\S]*?)^## /m.exec(body)?.[1] ?? '';
    expect(before).toMatch(/\bcost/i);
  });
  it('has one "Part N: title" section per part, in order, each ending with a checkpoint', () => {
    const partHeads = h2.filter((h) => /^Part \d+: /.test(h));
    // A timed clean-up is the lab's own "Clean up" section, not a numbered part.
    const numbered = parts.at(-1)?.title === 'Clean up' ? parts.slice(0, -1) : parts;
    expect(partHeads).toEqual(numbered.map((p, i) => `Part ${i + 1}: ${p.title}`));
    const sections = body.split(/^## /m).filter((s) => /^Part \d+: /.test(s));
    for (const s of sections) expect(s, s.split('\n')[0]).toMatch(/<Callout type="tip" title="Checkpoint">/);
  });
  it('ends with troubleshooting (at least two problems), clean-up and further reading', () => {
    expect(h2.slice(-3)).toEqual(['Troubleshooting', 'Clean up', 'Further reading']);
    const trouble = /^## Troubleshooting\n([\s\S]*?)^## /m.exec(body)?.[1] ?? '';
    expect(trouble.match(/^### /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
  it('shows the running example from its files, never retyped', () => {
    // A block titled with a path under examples/ must be an include of that file.
    for (const m of body.matchAll(/^```\w*[^\n]*title="(examples\/[^"]+)"/gm)) expect(m[0], m[1]).toMatch(/file="/);
  });
});
