// Shared by the build (src/integrations/service-worker.ts) and the pages, which run apart: the pages must not import
// the build's modules (Vite, Workbox's build tools).

/** The service worker's file name inside each edition's folder, next to the edition's manifest. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** How many of an edition's newest bulletins its service worker stores for offline reading before the reader opens them. */
export const OFFLINE_ARTICLES = 30;
