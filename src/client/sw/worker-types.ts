/**
 * The few service-worker types the worker uses. The project type-checks against the DOM library, which has
 * no ServiceWorkerGlobalScope, and TypeScript's "webworker" library cannot be loaded beside it.
 */

/** An event whose work the browser waits for (install, activate, message, fetch). */
export interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}

/** One rule of the Static Routing API: requests that match the condition go to the source. */
export interface RouterRule {
  condition: { urlPattern?: string; requestMode?: RequestMode };
  source: 'network' | 'cache' | 'fetch-event';
}

/** The install event, with the Static Routing API where the browser has it (Chrome 123+). */
export interface InstallEvent extends ExtendableEvent {
  addRoutes?(rules: RouterRule | RouterRule[]): Promise<void> | void;
}

/** A message from a page. */
export interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}

/** A request from a page of the worker's scope. */
export interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}

/** The worker's global scope, as far as it is used. */
export interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: InstallEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

/** This worker's scope. */
export const worker = self as unknown as WorkerScope;
