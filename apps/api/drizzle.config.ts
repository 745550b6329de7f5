/** drizzle-kit settings: `npm run db:generate -w @ensemble/api` writes SQL migrations to ./drizzle. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  strict: true,
});
