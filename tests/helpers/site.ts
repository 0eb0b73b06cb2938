// Reads a built site: every HTML page with its URL path.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Page {
  url: string;
  file: string;
  html: string;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

export function readPages(dist: string, base: string): Page[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({
      file,
      url:
        base +
        relative(dist, file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, ''),
      html: readFileSync(file, 'utf8'),
    }));
}
