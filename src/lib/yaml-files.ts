// A course YAML file read and checked in one pass: parse errors, empty files, wrong shapes, duplicate ids and schema
// problems are reported with the file and the line, instead of a loader's vague message or a silently dropped entry.
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlShape<T> {
  /** A `list` of `{ id, … }` entries (modules.yaml, glossary.yaml) or one `mapping` (course.yaml). */
  kind: 'list' | 'mapping';
  /** What the file holds, for messages: "modules { id, title, summary }". */
  what: string;
  schema: z.ZodType<T>;
}

export type YamlResult<T> = { data: T; problems: [] } | { data?: undefined; problems: string[] };

/** Parses `text` (the content of `file`) and validates it against `shape`; every problem names `file:line`. */
export function parseYamlFile<T>(file: string, text: string, shape: YamlShape<T>): YamlResult<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (offset: number | undefined) => `${file}:${lines.linePos(offset ?? 0).line}`;
  const fail = (problems: string[]) => ({ problems });
  if (doc.errors.length) return fail(doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`));
  const contents = doc.contents;
  if (contents === null)
    return fail([`${file}: is empty; it must ${shape.kind === 'list' ? 'be a list of' : 'hold'} ${shape.what}`]);
  if (shape.kind === 'mapping' && !isMap(contents))
    return fail([`${at(contents.range?.[0])}: must hold ${shape.what} (key: value lines), not a list or a single value`]);
  if (shape.kind === 'list') {
    if (!isSeq(contents))
      return fail([`${at(contents.range?.[0])}: must be a list of ${shape.what} (each item starts with "- id: ")`]);
    const problems: string[] = [];
    const seen = new Map<string, number>();
    contents.items.forEach((item, i) => {
      const id = isMap(item) ? item.get('id', true) : undefined;
      const line = lines.linePos(item.range?.[0] ?? 0).line;
      if (!isScalar(id) || typeof id.value !== 'string') problems.push(`${file}:${line}: item ${i + 1} needs an id`);
      else if (seen.has(id.value))
        problems.push(`${file}:${line}: id "${id.value}" is used twice (first at line ${seen.get(id.value)})`);
      else seen.set(id.value, line);
    });
    if (problems.length) return fail(problems);
  }
  // A missing field reads "is required" instead of Zod's "expected string, received undefined".
  const parsed = shape.schema.safeParse(doc.toJS(), {
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  if (parsed.success) return { data: parsed.data, problems: [] };
  return fail(parsed.error.issues.map((issue) => `${at(offsetOf(doc, issuePath(issue)))}: ${describe(doc, shape, issue)}`));
}

/** The path of the value an issue is about; an unknown key points at that key. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
}

/** Where the nearest existing node on `path` starts (a missing field: its entry). */
function offsetOf(doc: Document, path: PropertyKey[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return doc.contents?.range?.[0];
}

/** `iaas: lessons[0]: must be a lesson id` (a list entry is named by its id), `outline[0].id: …` (a mapping). */
function describe<T>(doc: Document, shape: YamlShape<T>, issue: z.core.$ZodIssue): string {
  const [first, ...rest] = issue.path;
  const entry = shape.kind === 'list' && typeof first === 'number' ? doc.getIn([first, 'id']) : undefined;
  const path = entry === undefined ? issue.path : rest;
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');
  return [entry === undefined ? undefined : String(entry), field || undefined, issue.message].filter(Boolean).join(': ');
}
