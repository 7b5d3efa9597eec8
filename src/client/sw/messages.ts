/**
 * The messages between the "Read offline" page (src/client/offline.ts) and the service worker
 * (src/client/sw/sw.ts), sent over a MessageChannel: the page asks, the worker answers on the port.
 */

/** What the page asks: save (or bring up to date) one language's copy. */
export interface SaveRequest {
  type: 'save';
  lang: string;
}

/** The worker's answers: progress while saving, then done or error. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; files: number; version: string }
  | { type: 'error'; message: string };
