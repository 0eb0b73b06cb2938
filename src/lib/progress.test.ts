import { describe, expect, it } from 'vitest';
import { moduleProgress, parseProgress, serializeProgress } from './progress';

describe('progress storage', () => {
  it('round-trips the lessons marked done', () => {
    const done = new Set(['tools/docker', 'cloud/providers']);
    expect(parseProgress(serializeProgress(done))).toEqual(done);
  });
  it.each([null, '', '{"broken', '42', '{"a":1}', '[1, null, "../../etc", "cloud/x"]'])(
    'survives corrupted storage %j',
    (raw) => {
      const parsed = parseProgress(raw);
      expect([...parsed].every((id) => id === 'cloud/x')).toBe(true);
    },
  );
  it('counts a module', () => {
    expect(moduleProgress(new Set(['a/1', 'b/1']), ['a/1', 'a/2'])).toEqual({ done: 1, total: 2 });
  });
});
