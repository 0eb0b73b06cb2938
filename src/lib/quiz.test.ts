import { describe, expect, it } from 'vitest';
import { quizPatterns, shuffleQuestion, stableShuffle } from './quiz';

describe('stableShuffle', () => {
  it('is a permutation, the same for the same seed', () => {
    const order = stableShuffle(5, 'docker/q1');
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(stableShuffle(5, 'docker/q1')).toEqual(order);
  });
  it('spreads the correct answer over the positions', () => {
    const seen = new Set(Array.from({ length: 40 }, (_, i) => stableShuffle(4, `q${i}`).indexOf(0)));
    expect(seen.size).toBe(4);
  });
});

describe('shuffleQuestion', () => {
  it('keeps the correct choice correct', () => {
    const q = { question: 'Which port?', choices: ['22', '80', '8000', '443'], answer: 2 };
    const s = shuffleQuestion(q, 'lesson');
    expect(s.choices[s.answer]).toBe('8000');
    expect([...s.choices].sort()).toEqual([...q.choices].sort());
  });
});

describe('quizPatterns', () => {
  it('counts strictly-longest correct choices and answer positions', () => {
    expect(
      quizPatterns([
        { question: 'a', choices: ['short', 'the longest one'], answer: 1 },
        { question: 'b', choices: ['same', 'same'], answer: 0 },
        { question: 'c', choices: ['x', 'yy', 'zzz'], answer: 0 },
      ]),
    ).toEqual({ questions: 3, longest: 1, positions: [2, 1, 0, 0, 0, 0] });
  });
});
