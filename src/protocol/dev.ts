/**
 * The one switch between development and production builds. `DEV` is true in the sources and in
 * development builds; the production build (scripts/build.mjs) rewrites this declaration to false,
 * so every `if (DEV)` branch, `DEV && …` operand and `DEV ? … : …` arm, and what only they use, is
 * removed as dead code: development warnings, parameter kinds and the long error messages cost
 * nothing in production. It lives in the bottom layer that needs it (the request table's parameter
 * kinds) so that every layer above can read it.
 */
export const DEV: boolean = true;
