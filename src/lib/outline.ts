// The course outline as a flat list, and which lessons and labs cover each topic.

export interface OutlineTopic {
  id: string;
  title: string;
  topics?: OutlineTopic[] | undefined;
}
export interface OutlineSection {
  id: string;
  title: string;
  topics: OutlineTopic[];
}
export interface FlatTopic {
  id: string;
  title: string;
  section: string;
  depth: number;
}

export function flattenOutline(sections: OutlineSection[]): FlatTopic[] {
  const out: FlatTopic[] = [];
  const walk = (topics: OutlineTopic[], section: string, depth: number) => {
    for (const t of topics) {
      out.push({ id: t.id, title: t.title, section, depth });
      if (t.topics) walk(t.topics, section, depth + 1);
    }
  };
  for (const s of sections) walk(s.topics, s.id, 0);
  return out;
}

/** topic id → the ids of pages whose `covers` names it. */
export function coverage(pages: { id: string; covers: string[] }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const page of pages) for (const t of page.covers) map.set(t, [...(map.get(t) ?? []), page.id]);
  return map;
}
