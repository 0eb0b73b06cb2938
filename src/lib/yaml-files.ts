// The course's YAML files checked as files before anything reads them: parse errors, empty files, wrong shapes and
// duplicate ids are reported with the file and the line, instead of a loader's vague message or a silently dropped entry.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** Problems of a YAML file that must hold a list of `{ id, … }` entries (modules.yaml, glossary.yaml). */
export function checkYamlList(file: string, text: string, what: string): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (offset: number | undefined) => `${file}:${lines.linePos(offset ?? 0).line}`;
  if (doc.errors.length) return doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`);
  if (doc.contents === null) return [`${file}: is empty; it must be a list of ${what}`];
  if (!isSeq(doc.contents)) return [`${at(doc.contents.range?.[0])}: must be a list of ${what} (each item starts with "- id: ")`];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  doc.contents.items.forEach((item, i) => {
    const id = isMap(item) ? item.get('id', true) : undefined;
    const line = lines.linePos(item.range?.[0] ?? 0).line;
    if (!isScalar(id) || typeof id.value !== 'string') {
      problems.push(`${file}:${line}: item ${i + 1} needs an id`);
      return;
    }
    const first = seen.get(id.value);
    if (first) problems.push(`${file}:${line}: id "${id.value}" is used twice (first at line ${first})`);
    else seen.set(id.value, line);
  });
  return problems;
}

/** Problems of a YAML file that must hold one mapping (course.yaml). */
export function checkYamlObject(file: string, text: string, what: string): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) return doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  if (doc.contents === null) return [`${file}: is empty; it must hold ${what}`];
  if (!isMap(doc.contents)) return [`${file}: must hold ${what} (key: value lines), not a list or a single value`];
  return [];
}
