export { InMemoryStore } from './in-memory.ts';
export type { InMemoryStoreOptions } from './in-memory.ts';
