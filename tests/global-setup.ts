// Builds the real course twice (under /mlops-notes/ and at the root) once for all test files.
import type { TestProject } from 'vitest/node';
import { astroBuild } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    subDist: string;
    rootDist: string;
  }
}

export default async function setup(project: TestProject) {
  // One after the other: concurrent Astro builds share the project's generated .astro/ folder.
  const sub = await astroBuild('sub', { BASE_PATH: '/mlops-notes/' });
  const root = await astroBuild('root', { BASE_PATH: '' });
  for (const [name, r] of [
    ['sub', sub],
    ['root', root],
  ] as const) {
    if (r.code !== 0) throw new Error(`The ${name} build of content/ failed:\n${r.output.slice(-4000)}`);
  }
  project.provide('subDist', sub.outDir);
  project.provide('rootDist', root.outDir);
}
