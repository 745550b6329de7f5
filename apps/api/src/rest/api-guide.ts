/**
 * The prose of the OpenAPI document (info.description): what every operation shares and what OpenAPI
 * cannot describe (the WebSocket streams). Markdown, rendered by /api/docs.
 */
export const API_GUIDE = `Ensemble's HTTP API. Every operation here runs the same procedure as the tRPC API at \`/trpc\` (the SDK's transport): same validation, same access checks, same results.

## Authentication
Send \`Authorization: Bearer <credential>\`. Three kinds are accepted:
- **Access token** (JWT, 15 minutes) from \`POST /api/v1/auth/login\`; renew with \`POST /api/v1/auth/refresh\`.
- **Secret API key** (\`ens_sk_…\`), for servers: acts as the account that created it. Never put one in a web page.
- **Widget token** (JWT, at most 15 minutes) minted by a host's backend with its secret key at \`POST /api/v1/widget-tokens\`, for one ecosystem. Scope \`read\`: the ecosystem's reads (graph, events, characters, relationships, scenarios, dashboard) and both WebSocket streams. Scope \`participant\`: those plus \`POST /api/v1/scenarios/{id}/intervene\`. Anything else answers 403 \`insufficient_scope\`.

Publishable keys (\`ens_pk_…\`) are not credentials: they list the origins a site's widgets run on.

## Browser origins
Requests from a browser page (with an \`Origin\` header) are served when the origin is the API's own or in \`CORS_ORIGINS\`. Pages on the origins of an active publishable key may call too, but only with a widget token minted with that publishable key; any other credential from such an origin answers 401 \`origin_not_allowed\`.

## Field names
The four endpoints of the Phase 1 plan (tag *Plan*) use the plan's snake_case names. Every other endpoint uses camelCase, exactly the field names of the tRPC API and the SDK. Times are milliseconds since the epoch unless a field says ISO 8601.

## Errors
Every error is JSON \`{"error": {"code", "message"}}\` with a 4xx/5xx status. \`code\` is stable snake_case (\`unauthenticated\`, \`token_expired\`, \`token_invalid\`, \`ecosystem_not_found\`, \`invalid_input\`, \`insufficient_scope\`, \`rate_limited\`, …); \`message\` is plain English. Something you may not see answers 404, exactly like something that does not exist.

## Idempotency
Send \`Idempotency-Key: <up to 255 characters>\` on a POST to make retries safe: the first response is stored for 24 hours per caller and key, and a retry with the same key and body gets it back (same status and body, header \`Idempotent-Replayed: true\`) without doing anything again. The same key with a different request answers 422 \`idempotency_key_reused\`; a retry while the first is still running waits for it (then 409 \`idempotency_in_progress\` if it takes longer than 10 s). Ignored on POSTs whose response carries a credential (sign-in, refresh, new API keys, widget tokens) and on anonymous calls. A request that failed on our side (5xx) is not stored, so its retry runs again.

## Live events: \`WS /ws/ecosystem/{ecosystem_id}\`
A plain WebSocket for any language. Every event of the ecosystem as one JSON text message in the plan's envelope \`{"id", "type", "timestamp", "data", "seq", "ecosystemId"}\`; \`seq\` is gap-free per ecosystem, so a client can tell it missed nothing.
- **Auth at the upgrade**, any of: header \`Authorization: Bearer <credential>\`; subprotocols \`Sec-WebSocket-Protocol: ensemble.v1, bearer.<credential>\` (browsers; the server answers \`ensemble.v1\`); query \`?token=<credential>\` (last resort: URLs get logged). Access tokens, secret keys and widget tokens work.
- **Resume** with the query parameter \`?lastEventId=<seq>\`: every event after that seq is sent, then live ones, each exactly once and in order. \`lastEventId=0\` replays the whole history; without it only events from now on are sent.
- The first message is \`{"type":"ready","ecosystemId","lastEventId"}\` (the seq the stream continues after). Control messages never have a \`seq\`; events always do.
- **Lines being written**: in an ecosystem whose dialogue is spoken by a language model, \`{"type":"line_delta","ecosystemId","lineId","speakerId","text"}\` messages carry a line's words as the model writes them (live only: never stored nor replayed, and sent only by the node generating). The line itself follows as an ordinary \`character_interaction\` or \`user_intervention\` event, whose \`content_source\`/\`response_source\` (or \`response_sources\`) say \`llm\` or \`template\`.
- **Keepalive**: the server sends a WebSocket ping every 30 s and drops a client that has not answered the previous one. Clients that cannot see pings may send \`{"type":"ping"}\` and get \`{"type":"pong"}\`.
- **Close codes** (the reason starts with a snake_case code): 1008 authentication failed, no access, the token expired, or the API key behind it was revoked (\`key_revoked\`; reconnect with a valid token and \`lastEventId\`); 1009 a message over 64 KiB; 1013 too many open connections for this user (\`too_many_connections\`) or on this server (\`server_busy\`, retry shortly); 4029 too many messages; 4400 malformed request (e.g. a bad \`lastEventId\`); 1001 server restarting; 1011 server failure.

The tRPC WebSocket at \`/trpc\` (subscriptions \`events.onEventRuns\`, a message per run of consecutive events, used by the SDK, \`events.onEvent\`, a message per event, and \`events.onLineDelta\`, the live \`line_delta\` pieces) follows the same origin, size, connection and rate rules and is closed with 1008 when its token expires or its key is revoked.

## Limits
Request bodies up to 512 KiB; WebSocket messages up to 64 KiB; 32 open WebSocket connections per user (per server node) over both endpoints; 60 messages per 10 s per connection and 300 per user. Sign-in attempts (per account and address, with a doubling wait, and per address) and interactions are rate-limited too (429 \`rate_limited\`); every 429 carries \`Retry-After\` in seconds. Strings holding NUL (U+0000) or a lone UTF-16 surrogate are refused (400 \`invalid_input\`, naming the field).`;
