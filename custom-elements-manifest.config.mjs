export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/simulator/engine/**'],
  outdir: '.',
  litelement: true,
};
