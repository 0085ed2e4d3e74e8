// @ts-check
// The generated Vue and Svelte types as their own checkers read them: vue-tsc (Volar) on
// test/types/vue/ and svelte-check on test/types/svelte/. In each folder the good file must pass
// and the bad one must fail on exactly the expected error (an event detail field that does not
// exist), so a type that silently became `any` fails this check too.
// Run by `npm run check:types`, after `npm run build` (the types import dist/).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (/** @type {string} */ name) => path.join(rootDir, 'node_modules', '.bin', name);
const EXPECTED = /Property 'nope' does not exist/;

/**
 * @typedef {{ file: string, message: string }} Problem
 * @param {{ name: string, command: string, args: string[], parse(output: string): Problem[], bad: string }} checker
 * @returns {string[]} what went wrong, empty when the checker saw exactly the expected error
 */
function run({ name, command, args, parse, bad }) {
  const result = spawnSync(command, args, { cwd: rootDir, encoding: 'utf8' });
  if (result.error) return [`${name}: could not start (${result.error.message})`];
  const output = `${result.stdout}\n${result.stderr}`;
  const problems = parse(output);
  const failures = [];
  const unexpected = problems.filter((problem) => path.basename(problem.file) !== bad || !EXPECTED.test(problem.message));
  for (const problem of unexpected) failures.push(`${name}: unexpected error in ${problem.file}: ${problem.message}`);
  if (!problems.some((problem) => path.basename(problem.file) === bad && EXPECTED.test(problem.message))) {
    failures.push(`${name}: ${bad} should fail with "Property 'nope' does not exist" but did not\n${output.trim()}`);
  }
  if (failures.length === 0 && result.status === 0) failures.push(`${name}: reported the expected error but exited 0`);
  return failures;
}

const failures = [
  ...run({
    name: 'vue-tsc',
    command: bin('vue-tsc'),
    args: ['-p', 'test/types/vue/tsconfig.json'],
    bad: 'bad.vue',
    // `test/types/vue/bad.vue(7,68): error TS2339: Property 'nope' …`
    parse: (output) => [...output.matchAll(/^(\S+)\(\d+,\d+\): error TS\d+: (.*)$/gm)].map(([, file, message]) => ({ file, message })),
  }),
  ...run({
    name: 'svelte-check',
    command: bin('svelte-check'),
    args: ['--workspace', 'test/types/svelte', '--tsconfig', path.join(rootDir, 'test/types/svelte/tsconfig.json'), '--output', 'machine'],
    bad: 'Bad.svelte',
    // `1796217619339 ERROR "Bad.svelte" 5:78 "Property 'nope' …"`
    parse: (output) => [...output.matchAll(/^\d+ ERROR "([^"]+)" \S+ "(.*)"$/gm)].map(([, file, message]) => ({ file, message })),
  }),
];

if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('framework types: vue-tsc and svelte-check pass the good files and fail the bad ones as expected');
