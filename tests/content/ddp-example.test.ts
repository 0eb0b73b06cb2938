// examples/ddp/train_ddp.py, the training-at-scale lesson's example, really trains with DDP on two CPU
// processes: torchrun starts two ranks, both finish, and both find their parameters identical.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PYTHON = '/usr/bin/python3';
const SCRIPT = 'examples/ddp/train_ddp.py';
const MISSING = `needs Debian's Python with PyTorch: run \`apt-get install python3-torch\` (provides ${PYTHON} and torch)`;

/** torch's version and whether torchrun needs the Python 3.11 workaround (torch < 2.0 on Python >= 3.11). */
function probeTorch(): { version: string; workaround: boolean } {
  expect(existsSync(PYTHON), `${PYTHON} is missing: ${MISSING}`).toBe(true);
  const probe = spawnSync(
    PYTHON,
    ['-c', 'import sys, torch; print(torch.__version__, int(torch.__version__.split(".")[0]) < 2 and sys.version_info >= (3, 11))'],
    { encoding: 'utf8', timeout: 30_000 },
  );
  expect(probe.status, `import torch failed (${probe.stderr.trim().split('\n').pop()}): ${MISSING}`).toBe(0);
  const [version, workaround] = probe.stdout.trim().split(' ');
  return { version: version!, workaround: workaround === 'True' };
}

describe('the DDP example (examples/ddp/train_ddp.py)', () => {
  it('trains on two CPU processes with gloo and ends with identical parameters on both ranks', { timeout: 90_000 }, () => {
    const { workaround } = probeTorch();
    // torch 1.13's launcher cannot parse its default --redirects/--tee values on Python 3.11
    // (AttributeError: 'NoneType' object has no attribute 'get'); torch >= 2.0 needs no flags.
    const launcherFlags = workaround ? ['--redirects', '1', '--tee', '1'] : [];
    const port = String(20_000 + Math.floor(Math.random() * 30_000)); // not the default 29500: runs may overlap
    const run = spawnSync(
      PYTHON,
      ['-m', 'torch.distributed.run', ...launcherFlags, '--nproc_per_node=2', `--master_port=${port}`, SCRIPT],
      { encoding: 'utf8', timeout: 60_000 }, // a few seconds alone; allow for a busy machine
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.error, output).toBeUndefined();
    expect(run.status, output).toBe(0);
    for (const rank of [0, 1]) {
      expect(output).toMatch(new RegExp(`rank ${rank} epoch 2 loss \\d+\\.\\d+`));
      expect(output).toMatch(new RegExp(`rank ${rank}: parameters identical across 2 ranks: True`));
    }
  });
});
