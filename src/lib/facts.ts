// Dated facts: `verified:` in a lesson's frontmatter and <Fact checked="YYYY-MM-DD"> around a statement.

const MONTH_YEAR = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A checked date as an ISO day and a short label ("Nov 2026"); throws on anything but a real YYYY-MM-DD. */
export function factDate(checked: string): { iso: string; label: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(checked) ? new Date(`${checked}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== checked)
    throw new Error(`<Fact checked="${checked}">: checked must be a date YYYY-MM-DD`);
  return { iso: checked, label: MONTH_YEAR.format(day) };
}

export interface DatedFact {
  file: string;
  line: number;
  checked: string;
  /** The statement, or "(whole lesson)" for the frontmatter date. */
  text: string;
}

/** Every dated fact of one MDX source: the lesson's `verified:` date and each <Fact>. */
export function datedFacts(file: string, source: string): DatedFact[] {
  const facts: DatedFact[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? '';
  const verified = /^verified:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(frontmatter);
  if (verified) facts.push({ file, line: lineOf(verified.index), checked: verified[1]!, text: '(whole lesson)' });
  for (const m of source.matchAll(/<Fact\s+checked=["']([^"']*)["']\s*>([\s\S]*?)<\/Fact>/g))
    facts.push({ file, line: lineOf(m.index), checked: m[1]!, text: m[2]!.replace(/\s+/g, ' ').trim() });
  return facts;
}

/** The facts checked more than `months` months before `today`, oldest first. */
export function staleFacts(facts: DatedFact[], today: Date, months = 6): DatedFact[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return facts.filter((f) => new Date(`${f.checked}T00:00:00Z`) < limit).sort((a, b) => a.checked.localeCompare(b.checked));
}
