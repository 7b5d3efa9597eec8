/**
 * Injected into the offline search bundle (esbuild `inject`): every call to the
 * global fetch() inside Pagefind's code becomes `scriptFetch()`, which reads
 * the index from <script> files instead of the network.
 */
export { scriptFetch as fetch } from './runtime.ts';
