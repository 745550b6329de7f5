/**
 * `npm run bench` lists the benchmarks with what each measures; `npm run bench -- <name>` runs one (the same
 * as `npx tsx bench/<name>.ts`, environment included). A benchmark is a file here whose header shows how to
 * run it; the others are its helpers.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = import.meta.dirname;

/** Runnable benchmarks by name, with the first sentence of their header. */
function benchmarks(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
    .sort()) {
    const text = readFileSync(join(DIR, file), 'utf8');
    if (!text.includes(`npx tsx bench/${file}`)) continue;
    const header = (/^\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, '').trim())
      .join(' ')
      .trim();
    const sentence = /^(.*?[^\d\s]\.)(\s|$)/.exec(header)?.[1] ?? header;
    found.set(file.replace(/\.ts$/, ''), sentence.length > 110 ? `${sentence.slice(0, 109).trimEnd()}…` : sentence);
  }
  return found;
}

const all = benchmarks();
const name = process.argv[2]?.replace(/\.ts$/, '').replace(/^bench\//, '');
if (name === undefined || name === '--help' || name === '-h') {
  console.log('Usage: npm run bench -- <name>   (or: npx tsx bench/<name>.ts)\n\nBenchmarks:');
  const width = Math.max(...[...all.keys()].map((n) => n.length));
  for (const [bench, about] of all) console.log(`  ${bench.padEnd(width)}  ${about}`);
  console.log('\nEach file’s header says what it measures, its baseline and its environment variables.');
} else if (!all.has(name)) {
  console.error(`No benchmark named "${name}". Run \`npm run bench\` for the list.`);
  process.exit(2);
} else {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(DIR, `${name}.ts`), ...process.argv.slice(3)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
