// Builds the web application when its output is missing or older than its sources. Used by `npm start` and
// `npm test`, so a fresh clone needs no separate build step and an unchanged tree is not rebuilt.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages/web');
const core = path.join(root, 'packages/core');
const output = path.join(web, 'dist/index.html');

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

export function webIsStale() {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return newestMtime(web) > built || newestMtime(path.join(core, 'src')) > built;
}

export function buildWebIfStale({ quiet = false } = {}) {
  if (!webIsStale()) return;
  if (!quiet) console.log('Building the web application…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@mizan/web'], { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(String(result.stdout) + String(result.stderr));
    throw new Error('The web application failed to build');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildWebIfStale();
