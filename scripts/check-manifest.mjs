// Fails when custom-elements.json is not what the analyzer makes from the sources now.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so keep it relative.
const outdir = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is fresh.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
