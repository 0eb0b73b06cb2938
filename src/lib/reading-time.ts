// Reading time and prose length from the MDX source: prose at 230 words a minute, code at a third of that.
import { extractCodeBlocks } from './code-blocks';

const PROSE_WPM = 230;
const CODE_WPM = 75;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The body split into code (every fenced block, ``` or ~~~) and prose (the rest, tags and Markdown marks removed). */
function split(source: string): { prose: string; code: string } {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines = body.split('\n');
  const blocks = extractCodeBlocks(body);
  const inCode = new Set(blocks.flatMap((b) => Array.from({ length: b.endLine! - b.line + 1 }, (_, i) => b.line - 1 + i)));
  const prose = lines
    .filter((_, i) => !inCode.has(i))
    .join('\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  return { prose, code: blocks.map((b) => b.code).join('\n') };
}

export function readingMinutes(source: string): number {
  const { prose, code } = split(source);
  return Math.max(1, Math.round(countWords(prose) / PROSE_WPM + countWords(code) / CODE_WPM));
}

/** Prose words only: what the curriculum's length rule counts (code, tags, frontmatter and "Going deeper" asides left out). */
export function proseWords(source: string): number {
  const withoutDeeper = source.replace(/<Callout\s[^>]*type="deeper"[^>]*>[\s\S]*?<\/Callout>/g, ' ');
  return countWords(split(withoutDeeper).prose);
}
