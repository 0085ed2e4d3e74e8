// Size rows for the bench table, from size-limit's own measurement (the budgets in .size-limit.cjs),
// which reads the production files in dist/: they are built first, so the figures are never stale.
import { execFileSync } from 'node:child_process';

/** The goals; the CI budgets in .size-limit.cjs are regression ceilings where a goal is not met. */
const GOALS = {
  'client core (protocol + connection + client)': '≤ 4 KB',
  'one element with Lit (<wwe-dial-button>)': '≤ 12 KB',
  'no-code bundle (every element, Lit, seven languages)': '≤ 30 KB',
  'compat script (wwe-service-client-api.js)': '≤ 4 KB',
};

export async function sizeRows() {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const output = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output).map((entry) => ({
    bench: 'size (min+gz)',
    case: entry.name,
    ours: `${(entry.size / 1024).toFixed(2)} KB`,
    goal: `${GOALS[entry.name] ?? ''} (CI budget ${(entry.sizeLimit / 1000).toFixed(1)} kB${entry.passed === false ? ': EXCEEDED' : ''})`,
  }));
}
