// Lists every dated fact (a lesson's `verified:` date, each <Fact checked="…">) older than six months, for the maintainer.
// Usage: npm run facts [-- --months 6]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { datedFacts, staleFacts } from '../src/lib/facts.ts';

const months = Number(process.argv[process.argv.indexOf('--months') + 1]) || 6;
const content = process.env.COURSE_CONTENT_DIR || 'content';
const files = readdirSync(content, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
  .map((e) => join(e.parentPath, e.name));
const facts = files.flatMap((f) => datedFacts(relative(process.cwd(), f), readFileSync(f, 'utf8')));
const stale = staleFacts(facts, new Date(), months);
console.log(`${facts.length} dated facts in ${files.length} files; ${stale.length} checked more than ${months} months ago.`);
for (const f of stale) console.log(`${f.checked}  ${f.file}:${f.line}  ${f.text.slice(0, 100)}`);
