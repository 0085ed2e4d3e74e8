import { NAMESPACES, positionalParams, requestDescriptors, type Channel, type Namespace, type RequestName, type RequestParams, type RequestResult } from '../protocol/index.js';
import { getConnection, type EventListener, type RequestOptions, type Unsubscribe, type WweConnection } from '../connection/index.js';

/** One namespace's methods, e.g. `wwe.voice.dial(destination, userData?)`. */
export type NamespaceClient<N extends Namespace> = {
  readonly [K in RequestName as K extends `${N}.${infer M}` ? M : never]: (...args: RequestParams<K>) => Promise<RequestResult<K>>;
};

/** The typed Promise API: a property per namespace, plus generic request/subscribe. */
export type WweClient = { readonly [N in Namespace]: NamespaceClient<N> } & {
  /** Sends any request by name, with per-request options. */
  request<K extends RequestName>(name: K, params: RequestParams<K>, options?: RequestOptions): Promise<RequestResult<K>>;
  /** Listens to a channel; returns the function that stops listening. */
  subscribe<C extends Channel>(channel: C, listener: EventListener<C>): Unsubscribe;
  /** The same API with a timeout and/or AbortSignal applied to every request. */
  with(options: RequestOptions): WweClient;
  /** The connection the client runs on. */
  readonly connection: WweConnection;
};

type ConnectionSource = WweConnection | (() => WweConnection);

/**
 * Builds a client over a connection. Passing a function resolves the connection at each call, so
 * the default `wwe` follows `getConnection()` even after a dispose.
 */
export function createClient(source: ConnectionSource = getConnection, options: RequestOptions = {}): WweClient {
  const connectionOf = typeof source === 'function' ? source : () => source;
  let namespaces: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> | undefined;
  // Built on first use, so importing the client (whose `wwe` is made at import) builds no table.
  const methods = () => {
    if (namespaces) return namespaces;
    namespaces = {};
    for (const namespace of NAMESPACES) namespaces[namespace] = {};
    // Each method posts what Genesys's wrapper of the same name posts: one parameter per declared one.
    for (const descriptor of requestDescriptors().values()) {
      namespaces[descriptor.namespace]![descriptor.method] = (...args: unknown[]) =>
        connectionOf().request(descriptor.name, positionalParams(descriptor, args) as never, options);
    }
    for (const namespace of NAMESPACES) Object.freeze(namespaces[namespace]);
    return namespaces;
  };
  const client = {
    request: <K extends RequestName>(name: K, params: RequestParams<K>, requestOptions: RequestOptions = {}) =>
      connectionOf().request(name, params, { ...options, ...requestOptions }),
    subscribe: <C extends Channel>(channel: C, listener: EventListener<C>) => connectionOf().subscribe(channel, listener),
    with: (more: RequestOptions) => createClient(source, { ...options, ...more }),
  };
  for (const namespace of NAMESPACES) Object.defineProperty(client, namespace, { get: () => methods()[namespace], enumerable: true });
  Object.defineProperty(client, 'connection', { get: connectionOf, enumerable: true });
  return Object.freeze(client) as unknown as WweClient;
}

/** The typed API on the window's shared connection: `await wwe.voice.dial('5001')`. */
export const wwe: WweClient = /* @__PURE__ */ createClient();
