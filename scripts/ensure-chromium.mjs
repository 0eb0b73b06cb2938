// Before the tests: make sure a Chromium exists for the browser tests, installing Debian's when we can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
if (candidates.some((p) => p && existsSync(p))) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log("Chromium not found: installing Debian's chromium package for the browser tests…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // reported below
  }
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'The browser tests need Chromium and none was found.\n' +
    '  Debian/Ubuntu: sudo apt-get install chromium\n' +
    '  Elsewhere: install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
);
process.exit(1);
