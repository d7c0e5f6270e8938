/**
 * `npx tsx scripts/bench/summarise-cpu-profile.ts <file.cpuprofile> [--under createChecker|check] [--top 25]`
 *
 * Prints the functions of a V8 CPU profile (`node --cpu-prof`) by self time and by inclusive time, optionally
 * only for samples taken inside a named function (e.g. `check` to leave out loading and building).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function label(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? basename(url) : ''}`.trim();
}

/** Self and inclusive milliseconds per function label, for samples under `under` (all when null). */
function summariseCpuProfile(profile: CpuProfile, under: string | null) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const stack = stackOf(id);
    if (under !== null && !stack.some((node) => node.callFrame.functionName === under)) return;
    total += ms;
    self.set(label(stack[0]!), (self.get(label(stack[0]!)) ?? 0) + ms);
    for (const name of new Set(stack.map(label))) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, self: sorted(self), inclusive: sorted(inclusive) };
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { under: { type: 'string' }, top: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: summarise-cpu-profile <file.cpuprofile> [--under <function>] [--top 25]\n');
    process.exit(2);
  }
  const top = Number(values.top ?? 25);
  const summary = summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, values.under ?? null);
  const row = ([name, ms]: [string, number]) =>
    `${((ms / summary.totalMs) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${name}`;
  console.log(`${summary.totalMs.toFixed(0)} ms sampled${values.under ? ` inside ${values.under}` : ''}`);
  console.log('self time:');
  for (const entry of summary.self.slice(0, top)) console.log(row(entry));
  console.log('inclusive time (project code):');
  for (const entry of summary.inclusive.filter(([name]) => /\.ts$/.test(name)).slice(0, top)) console.log(row(entry));
}

main();
