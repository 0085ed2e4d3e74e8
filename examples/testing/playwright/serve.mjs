// Serves the repository's files (the sample CRM and the built bundle it loads) on
// http://localhost:$PORT: the one server a user runs for their own page. The test desktop
// itself needs none: openTestDesktop serves it with page.route.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const port = Number(process.env.PORT || 4391);

createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  let found = path.startsWith(root + sep);
  try {
    found &&= statSync(path).isFile();
  } catch {
    found = false;
  }
  if (!found) return response.writeHead(404).end('not found');
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
}).listen(port, 'localhost', () => console.log(`serving ${root} on http://localhost:${port}`));
