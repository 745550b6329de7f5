import { z } from 'zod';
import { ApiKeySchema, CreatedApiKeySchema, WidgetTokenSchema } from '../schemas/domain.ts';
import type { RestRoute } from '../route.ts';

/** API keys (managed by a signed-in person) and widget tokens (minted with a secret key). */
export const keyRoutes: RestRoute[] = [
  {
    operationId: 'listApiKeys',
    method: 'get',
    path: '/api/v1/api-keys',
    procedure: 'keys.list',
    tag: 'API keys',
    summary: 'List API keys',
    description: "The account's keys, newest first, revoked ones included. Needs a signed-in session, not a key.",
    input: 'none',
    auth: 'session',
    errors: [403],
    response: { status: 200, description: 'The keys, without the keys themselves.', schema: z.array(ApiKeySchema) },
  },
  {
    operationId: 'createApiKey',
    method: 'post',
    path: '/api/v1/api-keys',
    procedure: 'keys.create',
    tag: 'API keys',
    summary: 'Create an API key',
    description:
      'A secret key (`ens_sk_…`) acts as the account, server to server: never put it in a page. A publishable key (`ens_pk_…`) lists the origins widgets may run on and grants nothing by itself. The key is shown in this response only; the server keeps its SHA-256. Needs a signed-in session. The response carries a credential, so an Idempotency-Key is ignored.',
    input: 'body',
    auth: 'session',
    idempotent: false,
    errors: [403],
    response: { status: 201, description: 'The new key, shown this once.', schema: CreatedApiKeySchema },
  },
  {
    operationId: 'revokeApiKey',
    method: 'delete',
    path: '/api/v1/api-keys/{id}',
    procedure: 'keys.revoke',
    tag: 'API keys',
    summary: 'Revoke an API key',
    description:
      'The key, and every widget token it minted, stops working at once for new HTTP requests, and for new WebSocket connections on the node that served this call; other nodes reuse their recent verdict on a key or token for new WebSocket connections for up to `WS_KEY_CHECK_MS` (10 s by default). WebSockets already open with them close with 1008 `key_revoked` within `WS_KEY_CHECK_MS`.',
    params: { id: 'id' },
    input: 'none',
    auth: 'session',
    errors: [403, 404],
    response: { status: 200, description: 'The key, revoked.', schema: ApiKeySchema },
  },
  {
    operationId: 'createWidgetToken',
    method: 'post',
    path: '/api/v1/widget-tokens',
    procedure: 'widgetTokens.create',
    tag: 'API keys',
    summary: 'Mint a widget token',
    description:
      "Called by a host site's backend with its secret key (`Authorization: Bearer ens_sk_…`). The token (HS256 JWT, audience ensemble-widget, at most 15 minutes) works for one ecosystem: scope `read` sees its graph, feed, stats and both WebSocket streams; `participant` may also speak into its scenarios. Pass `publishableKey` to let pages on that key's origins use it. The response carries a credential, so an Idempotency-Key is ignored.",
    input: 'body',
    auth: 'secret_key',
    idempotent: false,
    errors: [403, 404],
    response: { status: 201, description: 'The token.', schema: WidgetTokenSchema },
  },
];
