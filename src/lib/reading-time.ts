// Reading time from the MDX source: prose at 230 words a minute, code at a third of that.
const PROSE_WPM = 230;
const CODE_WPM = 75;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function readingMinutes(source: string): number {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const code = [...body.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const prose = body
    .replace(/^```[^\n]*\n[\s\S]*?^```/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  const minutes = countWords(prose) / PROSE_WPM + countWords(code.join('\n')) / CODE_WPM;
  return Math.max(1, Math.round(minutes));
}

/** Prose words only (code blocks, tags and frontmatter removed): what the curriculum's length rule counts. */
export function proseWords(source: string): number {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return countWords(body.replace(/^```[^\n]*\n[\s\S]*?^```/gm, ' ').replace(/<\/?[A-Za-z][^>]*>/g, ' '));
}
