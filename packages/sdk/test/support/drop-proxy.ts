/**
 * A TCP proxy in front of the API that can cut every connection at once, as a network failure or a
 * load balancer restart would, and counts the WebSocket connections made through it.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface DropProxy {
  /** http://127.0.0.1:<proxy port> */
  url: string;
  /** Destroys every open connection (both sides). */
  dropAll(): void;
  /** How many WebSocket upgrades went through so far. */
  webSocketsOpened(): number;
  close(): Promise<void>;
}

export async function startDropProxy(targetPort: number): Promise<DropProxy> {
  const open = new Set<Socket>();
  let webSockets = 0;
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    open.add(client).add(upstream);
    client.once('data', (first: Buffer) => {
      if (/^upgrade:\s*websocket/im.test(first.toString('latin1'))) webSockets += 1;
    });
    client.pipe(upstream).pipe(client);
    const forget = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', forget).on('close', forget);
    upstream.on('error', forget).on('close', forget);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dropAll: () => {
      for (const socket of open) socket.destroy();
      open.clear();
    },
    webSocketsOpened: () => webSockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
