// `npm start`: the Agent Desktop simulator hosting the demo apps on another origin.
// Prints the URL and keeps running until Ctrl+C; it opens no browser (headless machines).
import { startServers } from './servers.mjs';

const servers = await startServers();

console.log(`
  Agent Desktop simulator   ${servers.demoUrl}
  Hosted demo apps          ${servers.appsOrigin}/demo/crm/index.html (another origin)
  Framework demos           ${servers.demoUrl}?app=${servers.appsOrigin}/demo/frameworks/vue/index.html
                            (…/react/, …/svelte/, …/angular/ likewise)
  Element API reference     ${servers.demoUrl.replace('/demo/index.html', '/demo/api/index.html')}

  Host your own page:       ${servers.demoUrl}?app=<url of your page>
                            (URL-encode it when it has a query: encodeURIComponent(url))
  Press Ctrl+C to stop.
`);

const stop = async () => {
  await servers.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
