/** @ensemble/api: the server, its configuration and the router type clients are built from. */
export type { AppRouter } from './router.ts';
export { appRouter } from './router.ts';
export { ConfigError, loadConfig } from './config.ts';
export type { AppConfig } from './config.ts';
export { closeServices, createServices, systemClock } from './services.ts';
export type { AppServices, ServiceOverrides } from './services.ts';
export { startServer } from './server.ts';
export type { RunningServer, StartServerOptions, UpgradeHandler } from './server.ts';
export { AppError, toTRPCError } from './errors.ts';
export type { AuthUser, Context } from './trpc.ts';
export type { AuthSession } from './auth/auth-service.ts';
export type { Dashboard, Tie } from './observatory/dashboard.ts';
export type { EcosystemGraph, GraphEdge, GraphNode } from './observatory/graph.ts';
export type { NamedRelationship } from './routers/relationships.ts';
export type { DocumentRecord, EcosystemRecord, RelationshipPoint } from './store/app-store.ts';
