import { fileURLToPath } from 'node:url';

/** apps/api/drizzle, found from this file so migrations run from any working directory. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
