// Glossary ordering: A–Z by term, grouped by first letter (digits and symbols under "#").

export interface SortableTerm {
  id: string;
  term: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function groupByInitial<T extends SortableTerm>(terms: T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  const groups: { letter: string; terms: T[] }[] = [];
  for (const term of sorted) {
    const first = term.term.normalize('NFD')[0]!.toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return groups;
}
