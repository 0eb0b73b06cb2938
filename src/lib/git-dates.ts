// "Last updated" for every file from one `git log` pass, not one git call per page.
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/** Parses `git log --format=%x00%ct --name-only` output: newest commit first, so the first date seen wins. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of output.split('\0').slice(1)) {
    const [stamp, ...files] = block.split('\n');
    const date = new Date(Number(stamp) * 1000);
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

let cache: { root: string; dates: Map<string, Date> } | undefined;

/** Last commit date of a file, or undefined outside git or for uncommitted files. */
export function lastUpdated(filePath: string): Date | undefined {
  if (!cache) {
    try {
      const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      const log = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--no-renames'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      cache = { root, dates: parseGitLog(log) };
    } catch {
      cache = { root: '', dates: new Map() };
    }
  }
  return cache.root ? cache.dates.get(relative(cache.root, resolve(filePath))) : undefined;
}
