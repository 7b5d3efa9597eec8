/**
 * Names shared by the pages, the build step and the tests of the offline editions.
 * Kept apart so a component can import them without the build-time code.
 */

/** The offline edition's file at the site root, linked from every footer. */
export const OFFLINE_ZIP_NAME = 'pedoman-ogp-offline.zip';

/** The folder inside the zip; readers open `<folder>/index.html`. */
export const OFFLINE_FOLDER = 'pedoman-ogp';

/** The service worker's file at the site root (public/sw.js); registered only when a reader asks. */
export const SERVICE_WORKER_FILE = 'sw.js';
