// Single-file components are compiled by their framework's plugin (Vite) or test plugin (wtr);
// TypeScript sees them only through these declarations.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}

declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
}
