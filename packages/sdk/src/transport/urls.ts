/** tRPC's path on the API, for both HTTP and WebSocket. */
const TRPC_PATH = '/trpc';

/** The tRPC HTTP endpoint of an API base URL (`http://host:4000` → `http://host:4000/trpc`). */
export function trpcHttpUrl(baseUrl: string): string {
  return `${withoutTrailingSlash(baseUrl)}${TRPC_PATH}`;
}

/** The tRPC WebSocket endpoint of an API base URL (`https://host` → `wss://host/trpc`). */
export function trpcWsUrl(baseUrl: string): string {
  return trpcHttpUrl(baseUrl).replace(/^http/i, 'ws');
}

function withoutTrailingSlash(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith(TRPC_PATH) ? trimmed.slice(0, -TRPC_PATH.length) : trimmed;
}
