import { describe, expect, it } from 'vitest';
import { continueFrom, exportProgress, importProgress } from './progress-transfer';
import {
  countDone,
  emptyProgress,
  parseProgress,
  progressKey,
  recordAnswer,
  resetAnswers,
  score,
  serializeProgress,
  toggleDone,
} from './progress';

describe('stored progress', () => {
  it('round-trips done pages, answers and the last lesson', () => {
    let p = toggleDone(emptyProgress(), 'cloud/b', true);
    p = toggleDone(p, 'labs/hello', true);
    p = { ...recordAnswer(p, 'cloud/b', 0, 2, true), last: 'cloud/b' };
    expect(parseProgress(serializeProgress(p))).toEqual({ progress: p, reset: false });
  });
  it('starts empty without a word when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), reset: false });
  });
  it.each([
    ['invalid JSON', '{not json'],
    ['an old format (a bare list)', '["cloud/a"]'],
    ['wrong types', '{"done": "cloud/a", "answers": {}}'],
    ['a bad answer value', '{"done": [], "answers": {"cloud/a": [2]}}'],
    ['a hostile id', '{"done": ["<img src=x>"], "answers": {}}'],
    ['null', 'null'],
  ])('resets and says so on %s', (_name, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), reset: true });
  });
  it('keys progress by format version and base path, so two courses on one origin never share it', () => {
    expect(progressKey('/a/')).not.toBe(progressKey('/b/'));
    expect(progressKey('/a/')).toContain('v1');
  });
});

describe('self-check scores', () => {
  it('counts the first answer only, and marks the lesson done when every first answer was right', () => {
    let p = recordAnswer(emptyProgress(), 'x/y', 1, 2, false);
    p = recordAnswer(p, 'x/y', 1, 2, true); // a change of mind does not change the score
    p = recordAnswer(p, 'x/y', 0, 2, true);
    expect(score(p, 'x/y', 2)).toEqual({ right: 1, answered: 2, total: 2 });
    expect(p.done).toEqual([]);
    p = recordAnswer(recordAnswer(resetAnswers(p, 'x/y'), 'x/y', 0, 2, true), 'x/y', 1, 2, true);
    expect(score(p, 'x/y', 2)).toEqual({ right: 2, answered: 2, total: 2 });
    expect(p.done).toEqual(['x/y']);
  });
});

describe('where to continue', () => {
  const order = ['a/1', 'a/2', 'b/1', 'b/2'];
  it('offers the last lesson opened and the next one not done', () => {
    const p = { ...toggleDone(emptyProgress(), 'b/1', true), last: 'a/2' };
    expect(continueFrom(p, order)).toEqual({ last: 'a/2', next: 'b/2' });
  });
  it('starts at the first lesson not done when nothing was opened, and ignores a lesson that no longer exists', () => {
    expect(continueFrom({ ...emptyProgress(), last: 'gone/x' }, order)).toEqual({ last: undefined, next: 'a/1' });
  });
  it('counts done pages in a list', () =>
    expect(countDone(toggleDone(emptyProgress(), 'a/1', true), order)).toEqual({ done: 1, total: 4 }));
});

describe('export and import', () => {
  const p = { ...toggleDone(emptyProgress(), 'a/1', true), last: 'a/1' };
  const file = exportProgress(p, 'MLOps', new Date('2026-11-30T00:00:00Z'));
  it('round-trips through the exported file', () => {
    expect(importProgress(file, 'MLOps')).toEqual({ progress: p });
  });
  it.each([
    ['another course', file, /another course \(MLOps\)/, 'Other course'],
    ['a newer format', file.replace('"version": 1', '"version": 2'), /newer version/, 'MLOps'],
    ['not JSON', 'hello', /not JSON/, 'MLOps'],
    ['a JSON file of something else', '{"a": 1}', /not a progress file/, 'MLOps'],
    ['a damaged file', file.replace('"a/1"', '42'), /damaged/, 'MLOps'],
  ])('refuses %s with a clear message', (_name, text, message, course) => {
    const result = importProgress(text, course);
    expect('error' in result && result.error).toMatch(message);
  });
});
