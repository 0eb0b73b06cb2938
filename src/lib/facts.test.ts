import { describe, expect, it } from 'vitest';
import { datedFacts, factDate, staleFacts } from './facts';

const lesson = `---
title: x
verified: 2026-05-01
---

Lambda has <Fact checked="2026-11-30">10 GB of memory at most</Fact>, and
<Fact checked="2025-12-01">Kubernetes 1.35
is current</Fact>.
`;

describe('dated facts', () => {
  it('labels a checked date and refuses one that is not a real day', () => {
    expect(factDate('2026-11-30')).toEqual({ iso: '2026-11-30', label: 'Nov 2026' });
    expect(() => factDate('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => factDate('Nov 2026')).toThrow(/YYYY-MM-DD/);
  });
  it("finds the lesson's date and every <Fact> with its line", () => {
    expect(datedFacts('a.mdx', lesson)).toEqual([
      { file: 'a.mdx', line: 3, checked: '2026-05-01', text: '(whole lesson)' },
      { file: 'a.mdx', line: 6, checked: '2026-11-30', text: '10 GB of memory at most' },
      { file: 'a.mdx', line: 7, checked: '2025-12-01', text: 'Kubernetes 1.35 is current' },
    ]);
  });
  it('reports what is older than six months, oldest first', () => {
    const stale = staleFacts(datedFacts('a.mdx', lesson), new Date('2026-11-30T12:00:00Z'));
    expect(stale.map((f) => f.checked)).toEqual(['2025-12-01', '2026-05-01']);
    expect(staleFacts(datedFacts('a.mdx', lesson), new Date('2026-06-01T00:00:00Z'))).toEqual([]);
  });
});
