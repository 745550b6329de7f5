/**
 * Renders deploy/nginx/ensemble.conf.template for a set of API nodes.
 *
 *   node --import tsx deploy/nginx/render.ts --listen 80 --upstream 10.0.0.11:4000 --upstream 10.0.0.12:4000 \
 *     > /etc/nginx/conf.d/ensemble.conf
 *
 * The multi-node tests render it the same way for nginx processes of their own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** What varies between deployments of the template. */
export interface NginxSiteOptions {
  /** What nginx listens on: a port, or address:port. */
  listen: string;
  /** API nodes as host:port. */
  upstreams: readonly string[];
  /** Failed attempts before a node is left out. @default 2 */
  maxFails?: number;
  /** How long a failed node is left out, in seconds. @default 5 */
  failTimeoutSeconds?: number;
}

/** The path of the template beside this file. */
export const NGINX_TEMPLATE = join(import.meta.dirname, 'ensemble.conf.template');

/** The http-context configuration for `options`. */
export function renderNginxSite(options: NginxSiteOptions): string {
  if (options.upstreams.length === 0) throw new Error('at least one upstream API node is needed');
  for (const value of [options.listen, ...options.upstreams]) {
    // Only host:port material: nothing that could end a directive or start another.
    if (!/^[\w.:[\]-]+$/.test(value)) throw new Error(`not an address: ${JSON.stringify(value)}`);
  }
  const maxFails = options.maxFails ?? 2;
  const failTimeout = options.failTimeoutSeconds ?? 5;
  const servers = options.upstreams
    .map((address) => `    server ${address} max_fails=${maxFails} fail_timeout=${failTimeout}s;`)
    .join('\n');
  return readFileSync(NGINX_TEMPLATE, 'utf8')
    .replaceAll('{{LISTEN}}', options.listen)
    .replaceAll('{{UPSTREAM_SERVERS}}', servers);
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: { listen: { type: 'string', default: '80' }, upstream: { type: 'string', multiple: true } },
    strict: true,
  });
  process.stdout.write(renderNginxSite({ listen: values.listen, upstreams: values.upstream ?? [] }));
}
