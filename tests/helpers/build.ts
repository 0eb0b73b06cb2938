// Runs the build (`npm run build`'s command) for one configuration in its own output and cache folders (never two at once:
// they would share the generated .astro/ folder).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const BUILDS_DIR = resolve('.test-builds');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

export function astroBuild(name: string, env: Record<string, string>): Promise<BuildResult> {
  const outDir = resolve(BUILDS_DIR, name, 'dist');
  rmSync(resolve(BUILDS_DIR, name), { recursive: true, force: true });
  return new Promise((done) => {
    // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env: keep them out.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)),
    );
    // Exactly what `npm run build` runs: the Astro build, then the search index.
    const command = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build;
    const child = spawn('sh', ['-c', command], {
      env: {
        ...inherited,
        PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: '',
        SITE_URL: 'https://example.github.io',
        GITHUB_ACTIONS: '',
        GITHUB_REPOSITORY: '',
        ...env,
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: resolve(BUILDS_DIR, name, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
  });
}
