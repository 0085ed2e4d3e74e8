export { createClient, wwe } from './client.js';
export type { WweClient, NamespaceClient } from './client.js';
