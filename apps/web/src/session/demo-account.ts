/** The account `npm start` seeds (apps/api/src/seed.ts), shown on the sign-in page so a visitor can just look around. */
export const DEMO_ACCOUNT = { email: 'demo@ensemble.dev', password: 'ensemble-demo' } as const;
