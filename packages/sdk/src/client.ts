import type { TRPCClient } from '@trpc/client';
import { Session } from './auth/session.ts';
import { EnsembleError } from './errors.ts';
import { ecosystemHandle, type EcosystemHandle } from './ecosystem-handle.ts';
import { LiveConnection } from './live/connection.ts';
import type { SharedEvents } from './live/shared-events.ts';
import type { EnsembleClientOptions } from './options.ts';
import { escapeHatchClient, httpOnlyClient } from './transport/api-client.ts';
import { callerFor } from './transport/call.ts';
import { trpcHttpUrl, trpcWsUrl } from './transport/urls.ts';
import type {
  AppRouter,
  ConnectionStatus,
  CreateEcosystemInput,
  EcosystemPatch,
  LoginInput,
  RegisterInput,
  RouterOutputs,
} from './types.ts';

type Out = RouterOutputs;

/** A connection to one Ensemble API. Create with `createEnsembleClient`; `close()` when done. */
export interface EnsembleClient {
  /** The fully typed tRPC client, for anything the convenience methods do not cover. Errors are tRPC's here. */
  readonly trpc: TRPCClient<AppRouter>;
  /** The live connection's state (see ConnectionStatus). */
  readonly status: ConnectionStatus;
  /** Calls `listener` on every change of `status`; returns a function that stops it. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  auth: {
    /** Creates an account and signs this client in with it. */
    register(input: RegisterInput): Promise<Out['auth']['register']>;
    /** Signs this client in. */
    login(input: LoginInput): Promise<Out['auth']['login']>;
    /** Ends the session on the server and signs this client out. */
    logout(): Promise<void>;
    /** The signed-in user. */
    me(): Promise<Out['auth']['me']>;
    /** Renews the access token now (it is also renewed before expiry and when the server reports it expired). */
    refresh(): Promise<void>;
  };
  ecosystems: {
    create(input: CreateEcosystemInput): Promise<Out['ecosystems']['create']>;
    list(): Promise<Out['ecosystems']['list']>;
    get(id: string): Promise<Out['ecosystems']['get']>;
    update(id: string, patch: EcosystemPatch): Promise<Out['ecosystems']['update']>;
    delete(id: string): Promise<Out['ecosystems']['delete']>;
    /**
     * A new ecosystem from a bundle (as `ecosystem(id).exportBundle()` gives it, or its JSON text); `name`
     * renames it. Through the SDK a bundle is at most 512 KiB (the REST import takes up to 10 MB).
     */
    importBundle(bundle: Record<string, unknown> | string, name?: string): Promise<Out['bundles']['import']>;
  };
  /** Methods scoped to one ecosystem (no request is made until one is called). */
  ecosystem(id: string): EcosystemHandle;
  /** Closes live connections, stops subscriptions and token refreshes; later calls reject with 'client_closed'. */
  close(): void;
}

/** Creates a client for the Ensemble API at `options.url`, for Node 20+ and browsers. */
export function createEnsembleClient(options: EnsembleClientOptions): EnsembleClient {
  const httpUrl = trpcHttpUrl(options.url);
  const anonymous = httpOnlyClient({ httpUrl, fetch: options.fetch });
  const session = new Session(options.auth, {
    login: (input) =>
      anonymous.auth.login.mutate(input).catch((error: unknown) => {
        throw EnsembleError.from(error);
      }),
    refresh: (refreshToken) =>
      anonymous.auth.refresh.mutate({ refreshToken }).catch((error: unknown) => {
        throw EnsembleError.from(error);
      }),
  });
  // A failed renewal still lets the request go out with what we have: the server's answer carries the right code.
  const bearer = () => session.bearer().catch(() => session.current());
  const connectionParams = async (): Promise<Record<string, string>> => {
    const token = await bearer();
    return token === null ? {} : { token };
  };
  const WebSocketImpl = options.WebSocket ?? (globalThis as { WebSocket?: unknown }).WebSocket;
  const live = new LiveConnection({ wsUrl: trpcWsUrl(options.url), WebSocket: WebSocketImpl, token: bearer });
  session.onChange(() => live.tokenChanged(session.current()));
  const hatch = escapeHatchClient({
    httpUrl,
    fetch: options.fetch,
    wsUrl: trpcWsUrl(options.url),
    WebSocket: WebSocketImpl,
    connectionParams,
    bearer: () => session.bearer(),
  });
  const trpc = hatch.trpc;
  let closed = false;
  const call = callerFor(session, () => closed);
  const handleContext = {
    trpc,
    call,
    live: { connection: live, canRenewAuth: () => session.canRefresh, renewAuth: () => session.refresh() },
    shared: new Map<string, SharedEvents>(),
  };

  return {
    trpc,
    get status() {
      return live.status;
    },
    onStatus: (listener) => live.onStatus(listener),
    auth: {
      register: async (input) => {
        const created = await call(() => anonymous.auth.register.mutate(input));
        session.adopt(created);
        return created;
      },
      login: async (input) => {
        const signedIn = await call(() => anonymous.auth.login.mutate(input));
        session.adopt(signedIn);
        return signedIn;
      },
      logout: async () => {
        const refreshToken = session.refreshToken;
        if (refreshToken !== null) await call(() => anonymous.auth.logout.mutate({ refreshToken }));
        session.clear();
      },
      me: () => call(() => trpc.auth.me.query()),
      refresh: () => call(() => session.refresh()),
    },
    ecosystems: {
      create: (input) => call(() => trpc.ecosystems.create.mutate(input)),
      list: () => call(() => trpc.ecosystems.list.query()),
      get: (id) => call(() => trpc.ecosystems.get.query({ id })),
      update: (id, patch) => call(() => trpc.ecosystems.update.mutate({ ...patch, id })),
      delete: (id) => call(() => trpc.ecosystems.delete.mutate({ id })),
      importBundle: (bundle, name) =>
        call(() =>
          trpc.bundles.import.mutate({
            ...(typeof bundle === 'string' ? { json: bundle } : { bundle }),
            ...(name !== undefined ? { name } : {}),
          }),
        ),
    },
    ecosystem: (id) => ecosystemHandle(id, handleContext),
    close: () => {
      if (closed) return;
      closed = true;
      session.close();
      live.close();
      hatch.close();
    },
  };
}
