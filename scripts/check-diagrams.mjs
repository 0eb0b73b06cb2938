// Lists every diagram that a student could not read at 1280 px (text under 12 px, or sideways scrolling), without a build.
// Usage: npm run diagrams [-- content/lessons/data]   (a folder or file; default: the whole content folder)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fitWarning, renderDiagram } from '../src/markdown/mermaid.ts';

const target = process.argv[2] ?? (process.env.COURSE_CONTENT_DIR || 'content');
const files = statSync(target).isFile()
  ? [target]
  : readdirSync(target, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
      .map((e) => join(e.parentPath, e.name));
let count = 0;
let bad = 0;
for (const file of files.sort()) {
  // ```mermaid title="…" … ``` blocks, with the line they start on.
  const source = readFileSync(file, 'utf8');
  const blocks = [...source.matchAll(/^```mermaid([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
    meta: m[1].trim(),
    code: m[2],
    line: source.slice(0, m.index).split('\n').length,
  }));
  for (const block of blocks) {
    count++;
    const { title, viewBoxWidth, fit } = renderDiagram(block.code, block.meta, 0);
    const warning = fitWarning(title, viewBoxWidth, fit);
    if (warning) {
      bad++;
      console.log(`${relative(process.cwd(), file)}:${block.line}: ${warning}`);
    }
  }
}
console.log(`${count} diagrams, ${bad} not readable at 1280 px`);
process.exitCode = bad ? 1 : 0;
