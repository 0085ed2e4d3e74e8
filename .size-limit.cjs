// Size budgets (minified + gzipped, bundled with esbuild). CI fails when one is exceeded;
// `npm run bench` reports them beside the timing benchmarks.
module.exports = [
  {
    name: 'client core (protocol + connection + client)',
    path: 'src/index.ts',
    import: '{ wwe, configure, getConnection }',
    limit: '4 KB',
    gzip: true,
  },
  {
    name: 'one element with Lit (<wwe-dial-button>)',
    path: 'src/elements/dial-button/dial-button.ts',
    limit: '12 KB',
    gzip: true,
  },
  {
    name: 'compat script (wwe-service-client-api.js)',
    path: 'src/compat/wwe-service-client-api.ts',
    limit: '6 KB',
    gzip: true,
  },
];
