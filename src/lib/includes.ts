// Code fences that show a file of the repository (```python file="examples/food11/food11/app.py" region="predict"```).
import { readFileSync } from 'node:fs';
import { resolve, relative, isAbsolute } from 'node:path';

export interface IncludeSpec {
  file: string;
  region?: string | undefined;
  lines?: [number, number] | undefined;
}

const attr = (meta: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(meta)?.[1];

/** The include a fence's meta string asks for, or undefined when it names no file. */
export function parseInclude(meta: string): IncludeSpec | undefined {
  const file = attr(meta, 'file');
  if (file === undefined) return undefined;
  const range = attr(meta, 'lines');
  let lines: [number, number] | undefined;
  if (range !== undefined) {
    const m = /^(\d+)-(\d+)$/.exec(range);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) throw new Error(`lines="${range}" must be a range like "12-30"`);
    lines = [Number(m[1]), Number(m[2])];
  }
  return { file, region: attr(meta, 'region'), lines };
}

const MARKER = /^\s*(?:#|\/\/)\s*(end)?region\s+([\w-]+)\s*$/;

/** Removes the common indentation of a block of lines. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut));
}

/** The part of `text` the spec selects, without region markers; throws when the region or range is absent. */
export function selectIncluded(text: string, spec: IncludeSpec): string {
  let lines = text.replace(/\n$/, '').split('\n');
  if (spec.lines) {
    const [from, to] = spec.lines;
    if (to > lines.length) throw new Error(`${spec.file} has ${lines.length} lines, not ${to}`);
    lines = lines.slice(from - 1, to);
  }
  if (spec.region) {
    const start = lines.findIndex((l) => MARKER.exec(l)?.[1] === undefined && MARKER.exec(l)?.[2] === spec.region);
    const end = lines.findIndex((l, i) => i > start && MARKER.exec(l)?.[1] === 'end' && MARKER.exec(l)?.[2] === spec.region);
    if (start < 0) throw new Error(`${spec.file} has no "# region ${spec.region}"`);
    if (end < 0) throw new Error(`${spec.file}: region "${spec.region}" has no "# endregion ${spec.region}"`);
    lines = dedent(lines.slice(start + 1, end));
  }
  return lines.filter((l) => !MARKER.test(l)).join('\n');
}

/** Reads an include relative to the project root; the path may not leave it. */
export function readIncluded(spec: IncludeSpec, root = process.cwd()): string {
  const path = resolve(root, spec.file);
  const rel = relative(root, path);
  if (rel.startsWith('..') || isAbsolute(rel) || isAbsolute(spec.file))
    throw new Error(`file="${spec.file}" must be a path inside the repository`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`file="${spec.file}" does not exist`);
  }
  return selectIncluded(text, spec);
}

/** A fence's meta with the include attributes replaced by a title naming the file (an author's title wins). */
export function includedMeta(meta: string, spec: IncludeSpec): string {
  const rest = meta.replace(/(?:^|\s)(?:file|region|lines)="[^"]*"/g, '').trim();
  return /(?:^|\s)title="/.test(rest) ? rest : `title="${spec.file}"${rest ? ` ${rest}` : ''}`;
}
