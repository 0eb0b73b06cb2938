// The GitHub Pages workflow a fork runs as is: least permissions, full history, the same build as `npm run build`.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
const workflow = parse(text) as {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
};

it('deploys on push to main with read-only defaults and Pages rights only where it deploys', () => {
  expect(workflow.on.push.branches).toEqual(['main']);
  expect(workflow.permissions).toEqual({ contents: 'read' });
  expect(workflow.jobs.build!.permissions).toBeUndefined();
  expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
});

it('builds with full git history (for "last updated"), the pinned Node and the project build', () => {
  const steps = workflow.jobs.build!.steps;
  expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
  expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
  expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
  expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toMatchObject({ path: 'dist' });
});

it('pins every action to a full commit SHA, with its release in a comment', () => {
  const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses).filter(Boolean));
  expect(uses.length).toBeGreaterThanOrEqual(4);
  for (const ref of uses) expect(ref, ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  const lines = text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l));
  expect(lines).toHaveLength(uses.length);
  for (const line of lines) expect(line, line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
});
