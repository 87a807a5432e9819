// No zod here: extension pages that read storage themselves (platform/library-reader.ts) check
// the version without loading the schemas.

/** Current shape of stored data; every bump comes with a migration in `migrations.ts`. */
export const SCHEMA_VERSION = 3;

/** Id of the one record that says which schema version the stored data has (DESIGN rule 7). */
export const META_ID = 'local:meta';
