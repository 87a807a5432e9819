import { z } from 'zod';

/**
 * Extension pages and the service worker forbid `eval` (the MV3 content security policy). zod
 * probes `new Function` when it builds its first object schema, and the browser logs the refused
 * probe; jitless mode never probes. Imported first by every entrypoint, before any schema exists.
 */
z.config({ jitless: true });
