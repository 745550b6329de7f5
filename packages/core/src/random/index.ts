export { createRandom, randomFor } from './seeded.ts';
export { pick, weightedPick } from './choice.ts';
