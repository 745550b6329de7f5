/**
 * A stand-in for the API whose event stream misbehaves on purpose (repeats, skips, rejects a token),
 * for testing the SDK's own guards: the real server never does these things, so only a fake can.
 */
import type { AddressInfo } from 'node:net';
import { initTRPC, TRPCError, tracked } from '@trpc/server';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';

export interface FakeEvent {
  id: string;
  ecosystemId: string;
  seq: number;
  type: 'ecosystem_updated';
  timestamp: string;
  data: Record<string, unknown>;
}

export function fakeEvent(seq: number): FakeEvent {
  return {
    id: `event-${seq}`,
    ecosystemId: 'eco',
    seq,
    type: 'ecosystem_updated',
    timestamp: new Date(0).toISOString(),
    data: { seq },
  };
}

/** One subscribe call the fake received: who (token) asked, from where (lastEventId). */
export interface StreamRequest {
  token: string | null;
  lastEventId: string | null;
}

/** Decides what one subscribe call yields; throw a TRPCError from it to fail the subscription. */
export type StreamScript = (
  request: StreamRequest,
  call: number,
) => AsyncIterable<FakeEvent | FakeEvent[]> | Iterable<FakeEvent | FakeEvent[]>;

interface Ctx {
  token: string | null;
}

const t = initTRPC.context<Ctx>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, appCode: (error.cause as { appCode?: string } | undefined)?.appCode ?? 'fake_error' },
  }),
});

/** A TRPCError the SDK reads as `appCode`. */
export function appError(code: 'UNAUTHORIZED' | 'NOT_FOUND', appCode: string): TRPCError {
  return new TRPCError({ code, message: appCode, cause: Object.assign(new Error(appCode), { appCode }) });
}

export async function startFakeApi(script: StreamScript, options: { refreshedToken?: string } = {}) {
  const requests: StreamRequest[] = [];
  const tokens: Array<string | null> = [];
  let refreshes = 0;
  const router = t.router({
    ecosystems: t.router({
      get: t.procedure.input((v) => v as { id: string }).query(({ input }) => ({ id: input.id, lastSeq: 0 })),
    }),
    auth: t.router({
      refresh: t.procedure
        .input((v) => v as { refreshToken: string })
        .mutation(() => {
          refreshes += 1;
          return {
            user: { id: 'u', email: 'u@example.com', displayName: 'U' },
            accessToken: `${options.refreshedToken ?? 'fresh'}-${refreshes}`,
            accessTokenExpiresAt: Date.now() + 900_000,
            refreshToken: `refresh-${refreshes}`,
            refreshTokenExpiresAt: Date.now() + 86_400_000,
          };
        }),
    }),
    events: t.router({
      // The SDK subscribes to runs of events; the fake sends a scripted event as a run of its own, and a
      // scripted array as one run (tracked, like the real one, by its last seq).
      onEventRuns: t.procedure
        .input((v) => v as { ecosystemId: string; lastEventId?: string | null })
        .subscription(async function* ({ ctx, input }) {
          const request = { token: ctx.token, lastEventId: input.lastEventId ?? null };
          requests.push(request);
          for await (const item of script(request, requests.length)) {
            const run = Array.isArray(item) ? item : [item];
            yield tracked(String(run.at(-1)!.seq), run);
          }
          // Keep the stream open like the real one, until the client leaves.
          await new Promise(() => undefined);
        }),
    }),
  });
  const createContext = ({
    req,
    info,
  }: {
    req: { headers: Record<string, unknown> };
    info?: { connectionParams?: Record<string, string | undefined> | null };
  }) => {
    const fromParams = info?.connectionParams?.['token'];
    const header =
      typeof req.headers['authorization'] === 'string' ? req.headers['authorization'].replace(/^Bearer /, '') : null;
    const token = fromParams ?? header ?? null;
    tokens.push(token);
    return { token };
  };
  const server = createHTTPServer({ router, createContext, basePath: '/trpc/' });
  const wss = new WebSocketServer({ server, path: '/trpc' });
  const handler = applyWSSHandler({ wss, router, createContext });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every subscribe call, in order. */
    requests,
    /** The token of every context created (HTTP request or WebSocket connection). */
    tokens,
    refreshes: () => refreshes,
    /** Drops every WebSocket, as a network failure would. */
    dropSockets: () => {
      for (const client of wss.clients) client.terminate();
    },
    close: async () => {
      handler.broadcastReconnectNotification();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
