import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '@ensemble/api/router';
import type { ApiClient } from '@ensemble/api/testing';

/**
 * Read-scope widget tokens for `viewers` subscribers, `perToken` viewers sharing each: benchmark
 * subscribers are widget viewers, as on a host site, where each token (minted per page view by the host's
 * backend with a secret key) is its own principal, within the per-principal socket and message limits.
 */
export async function mintViewerTokens(
  owner: ApiClient,
  url: string,
  ecosystemId: string,
  viewers: number,
  perToken: number,
): Promise<string[]> {
  const { secret } = await owner.keys.create.mutate({ kind: 'secret', name: 'bench', origins: [] });
  const asHost = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, headers: () => ({ authorization: `Bearer ${secret}` }) })],
  });
  const tokens: string[] = [];
  for (let k = 0; k < Math.ceil(viewers / perToken); k++) {
    tokens.push((await asHost.widgetTokens.create.mutate({ ecosystemId, scope: 'read' })).token);
  }
  return tokens;
}
