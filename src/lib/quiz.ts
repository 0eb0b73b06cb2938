// Self-checks: choices shown in a shuffled order that is the same on every build, and how guessable a course's answers are.

/** FNV-1a: a small stable hash, so the order depends only on the question. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A permutation of 0..n-1 seeded by `seed` (Fisher–Yates with a mulberry32 generator). */
export function stableShuffle(n: number, seed: string): number[] {
  let state = hash(seed);
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export interface QuizQuestion {
  question: string;
  choices: string[];
  answer: number;
}

/** The question with its choices in display order, and the display index of the correct one. */
export function shuffleQuestion(q: QuizQuestion, seed: string): QuizQuestion {
  const order = stableShuffle(q.choices.length, `${seed}\n${q.question}`);
  return { question: q.question, choices: order.map((i) => q.choices[i]!), answer: order.indexOf(q.answer) };
}

export interface QuizPatterns {
  questions: number;
  /** Questions whose correct choice is strictly the longest. */
  longest: number;
  /** How many correct answers sit at each position (A, B, C, …). */
  positions: number[];
}

/** How guessable a set of questions is as written: the longest-answer habit and favourite positions. */
export function quizPatterns(questions: QuizQuestion[]): QuizPatterns {
  const positions = [0, 0, 0, 0, 0, 0];
  let longest = 0;
  for (const q of questions) {
    positions[q.answer]!++;
    const lengths = q.choices.map((c) => c.length);
    const mine = lengths[q.answer]!;
    if (lengths.every((l, i) => i === q.answer || l < mine)) longest++;
  }
  return { questions: questions.length, longest, positions };
}
