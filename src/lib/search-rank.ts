// Search order and pacing, kept pure so the UI, the relevance test and the bench agree.

/**
 * Lessons first for what they teach: the best lesson or lab leads, and at most one glossary entry is among the
 * first `top` results, unless nothing else matched. `ids` are in Pagefind's score order; the rest keeps that order.
 */
export function orderResults(ids: string[], glossaryIds: Set<string>, top = 3): string[] {
  const others = ids.filter((id) => !glossaryIds.has(id));
  const terms = ids.filter((id) => glossaryIds.has(id));
  const head: string[] = [];
  let termsInHead = 0;
  for (const id of ids) {
    if (head.length === top) break;
    if (!glossaryIds.has(id)) head.push(id);
    else if (termsInHead === 0 || others.every((o) => head.includes(o))) {
      head.push(id);
      termsInHead++;
    }
  }
  // Fill the head when one kind ran out.
  for (const id of [...others, ...terms]) if (head.length < top && !head.includes(id)) head.push(id);
  // A definition second: the page that teaches the term comes first.
  const lead = head.findIndex((id) => !glossaryIds.has(id));
  if (lead > 0) head.unshift(...head.splice(lead, 1));
  return [...head, ...ids.filter((id) => !head.includes(id))];
}

/**
 * What to search for while the student is still typing: a trailing word of one or two letters is left out
 * (it would load index chunks for every word with that prefix), unless it is the whole query.
 */
export function typingQuery(raw: string): string {
  const query = raw.trim().slice(0, 500);
  const words = query.split(/\s+/);
  if (words.length > 1 && words.at(-1)!.length < 3 && !/\s$/.test(raw)) return words.slice(0, -1).join(' ');
  return query;
}
