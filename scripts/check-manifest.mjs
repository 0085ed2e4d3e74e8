// Fails when custom-elements.json or a file generated from it (integrations/, demo/api/) is not
// what the analyzer makes from the sources now. It regenerates them in place, then asks git what changed.
import { execFileSync } from 'node:child_process';

const GENERATED = ['custom-elements.json', 'integrations', 'demo/api'];
execFileSync('npm', ['run', '-s', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`Generated files are stale; run \`npm run analyze\` and commit them:\n${changed}`);
  process.exit(1);
}
console.log('custom-elements.json, integrations/ and demo/api/ are fresh.');
