import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './machine';
import { startupBench } from './startup.bench';

/**
 * `npm run bench [name...]`: runs the benchmarks, prints their figures and records them in
 * bench/results/<name>-<date>.json. BENCHMARKS.md quotes the recorded figures.
 */
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  startup: () => startupBench(),
};

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(benches);
const machine = machineInfo();
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);
for (const name of wanted) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  const result = { ...(await bench()), machine };
  console.log(JSON.stringify(result, null, 2));
  const file = path.join(here, 'results', `${name}-${machine.date.slice(0, 10)}.json`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Recorded in ${path.relative(process.cwd(), file)}`);
}
