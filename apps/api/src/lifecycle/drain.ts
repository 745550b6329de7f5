import type { Server } from 'node:http';
import type { WebSocketServer } from 'ws';
import { CLOSE_CODES, closeReason } from '../realtime/close-codes.ts';
import type { InFlight } from '../telemetry/http-telemetry.ts';

export interface DrainParts {
  server: Server;
  /** The tRPC WebSocket server. */
  wss: WebSocketServer;
  inFlight: InFlight;
  /** Tells tRPC clients to reconnect (tRPC's own notification), before their sockets close. */
  notifyReconnect: () => void;
}

/**
 * Stops taking connections, closes the tRPC WebSockets with 1001 (so clients reconnect elsewhere and resume),
 * and waits for the HTTP requests in flight (exchanges among them) until `deadline` (ms since the epoch);
 * whatever is still open then is cut.
 */
export async function drainServer(parts: DrainParts, deadline: number): Promise<void> {
  const closed = new Promise<void>((resolve) => parts.server.close(() => resolve()));
  parts.server.closeIdleConnections();
  parts.notifyReconnect();
  for (const client of parts.wss.clients) {
    client.close(
      CLOSE_CODES.goingAway,
      closeReason('server_shutdown', 'The server is restarting. Reconnect and resume.'),
    );
  }
  parts.wss.close();
  await Promise.race([parts.inFlight.drained(), sleepUntil(deadline)]);
  parts.server.closeAllConnections();
  for (const client of parts.wss.clients) client.terminate();
  await closed;
}

function sleepUntil(deadline: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())).unref());
}
