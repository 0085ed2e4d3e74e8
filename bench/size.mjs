// Size rows for the bench table, from size-limit's own measurement (the budgets in .size-limit.cjs).
import { execFileSync } from 'node:child_process';

export async function sizeRows() {
  const output = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output).map((entry) => ({
    bench: 'size (min+gz)',
    case: entry.name,
    ours_kb: +(entry.size / 1024).toFixed(2),
    goal: `≤ ${entry.sizeLimit !== undefined ? (entry.sizeLimit / 1024).toFixed(0) : '?'} KB`,
    ratio: entry.passed === false ? 'OVER' : 'ok',
  }));
}
