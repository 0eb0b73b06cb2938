// Where a problem is in the course, for build messages: `content/lessons/x.mdx:12`.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const where = (url: URL | undefined, line?: number): string =>
  `${url ? relative(process.cwd(), fileURLToPath(url)) : '(unknown file)'}${line ? `:${line}` : ''}`;
