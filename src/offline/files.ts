// Shared by the build (src/integrations/service-worker.ts), the pages and the worker itself, which run apart.

/** The service worker's file name inside each edition's folder, next to the edition's manifest. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** How many of an edition's newest bulletins its service worker stores for offline reading before the reader opens them. */
export const OFFLINE_ARTICLES = 30;
