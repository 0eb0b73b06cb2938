// Strictest TypeScript over the whole project, .astro files included, and one code style (Prettier).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('astro check finds no errors, warnings or hints', () => {
  const r = spawnSync(resolve('node_modules/.bin/astro'), ['check'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  expect(output, output.slice(-3000)).toMatch(/- 0 errors\n- 0 warnings\n- 0 hints/);
  expect(r.status).toBe(0);
}, 180_000);

it('is formatted with Prettier (npm run format)', () => {
  const r = spawnSync(resolve('node_modules/.bin/prettier'), ['--check', '.'], { encoding: 'utf8' });
  expect(`${r.stdout}${r.stderr}`, 'run `npm run format`').toMatch(/All matched files use Prettier code style!/);
}, 60_000);
