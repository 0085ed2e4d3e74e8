// Self-check of `npm run e2e` when a port it needs is taken (an `npm start` left running): it must
// say which port and what to do, in a paragraph without a stack trace, and exit with 1. Holds each
// port in turn and runs e2e/run.mjs, which refuses before it starts a server or a browser.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { APPS_PORT, SHELL_PORT } from '../scripts/servers.mjs';

const run = new URL('./run.mjs', import.meta.url).pathname;

function hold(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => reject(new Error(`ports-taken: cannot hold port ${port} for the check (${error.code}); is something already on it?`)));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function runE2e() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [run], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, E2E_ONLY: 'none' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const failures = [];
for (const port of [SHELL_PORT, APPS_PORT]) {
  const server = await hold(port);
  try {
    const { code, output } = await runE2e();
    const problems = [];
    if (code !== 1) problems.push(`exit code ${code}, not 1`);
    if (!output.includes(`port ${port} `)) problems.push(`it does not name port ${port}`);
    if (!output.includes('npm start')) problems.push('it does not say an `npm start` may hold it');
    if (/^\s+at .+:\d+:\d+\)?$/m.test(output)) problems.push('it prints a stack trace');
    if (output.trim().split('\n').length > 1) problems.push('it is more than one paragraph');
    if (problems.length > 0) failures.push(`with port ${port} taken: ${problems.join('; ')}\n  output: ${output.trim()}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
if (failures.length > 0) {
  console.error(`ports-taken: FAILED\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`ports-taken: passed (npm run e2e refuses politely when port ${SHELL_PORT} or ${APPS_PORT} is taken)`);
