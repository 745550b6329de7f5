import {
  createTRPCClient,
  createWSClient,
  httpLink,
  splitLink,
  wsLink,
  type TRPCClient,
  type TRPCLink,
  type TRPCWebSocketClient,
} from '@trpc/client';
import type { AppRouter } from '../types.ts';
import { backoffDelay } from '../live/backoff.ts';

export interface ApiClientOptions {
  httpUrl: string;
  fetch: typeof fetch | undefined;
  /** The bearer token for a request, or null to send none. */
  bearer?: () => Promise<string | null>;
}

/** A tRPC client over HTTP (queries and mutations), sending the bearer token when there is one. */
export function httpOnlyClient(options: ApiClientOptions): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({ links: [httpTransport(options)] });
}

/**
 * The client behind the `trpc` escape hatch: HTTP for queries and mutations; subscriptions over a
 * WebSocket of its own, opened on first use, authenticating with the token valid at each (re)connect.
 */
export function escapeHatchClient(
  options: ApiClientOptions & {
    wsUrl: string;
    WebSocket: unknown;
    connectionParams: () => Promise<Record<string, string>>;
  },
): { trpc: TRPCClient<AppRouter>; close(): void } {
  let ws: TRPCWebSocketClient | null = null;
  const socket = (): TRPCWebSocketClient => {
    ws ??= createWSClient({
      url: options.wsUrl,
      WebSocket: options.WebSocket as typeof globalThis.WebSocket,
      connectionParams: options.connectionParams,
      retryDelayMs: backoffDelay,
      lazy: { enabled: true, closeMs: 2_000 },
    });
    return ws;
  };
  // Created on first subscription, so a client that never subscribes never needs a WebSocket.
  const lazyWsLink: TRPCLink<AppRouter> = (runtime) => {
    let link: ReturnType<ReturnType<typeof wsLink<AppRouter>>> | null = null;
    return (operation) => {
      link ??= wsLink<AppRouter>({ client: socket() })(runtime);
      return link(operation);
    };
  };
  const trpc = createTRPCClient<AppRouter>({
    links: [
      splitLink<AppRouter>({
        condition: (op) => op.type === 'subscription',
        true: lazyWsLink,
        false: httpTransport(options),
      }),
    ],
  });
  return {
    trpc,
    close: () => {
      void ws?.close().catch(() => undefined);
    },
  };
}

function httpTransport(options: ApiClientOptions): TRPCLink<AppRouter> {
  const bearer = options.bearer;
  return httpLink<AppRouter>({
    url: options.httpUrl,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(bearer === undefined
      ? {}
      : {
          headers: async (): Promise<Record<string, string>> => {
            const token = await bearer();
            return token === null ? {} : { authorization: `Bearer ${token}` };
          },
        }),
  });
}
