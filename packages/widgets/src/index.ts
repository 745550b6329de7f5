export { describeEvent } from './feed/describe-event.ts';
export type { NameOf } from './feed/describe-event.ts';
