/**
 * Baselines for fan-out benchmarks: a server that stamps a payload with the time and broadcasts it to
 * every connected client — a bare `ws` server (`ws`, the default) or a Socket.IO server (`socket.io`,
 * WebSocket transport only). Run as a child process by the benchmarks; it prints
 * `BROADCAST_READY <port>` and, per line on stdin, either broadcasts one message stamped as it is built
 * ("broadcast <bytes>") or a burst of messages that share one stamp ("burst <count> <bytes>"), as the
 * events one exchange commits together share the moment they were committed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { Server as SocketIoServer } from 'socket.io';
import { WebSocketServer } from 'ws';

const kind = process.argv[2] === 'socket.io' ? 'socket.io' : 'ws';
const http = createServer();
let send: (message: string) => void;
if (kind === 'socket.io') {
  const io = new SocketIoServer(http, { transports: ['websocket'], serveClient: false });
  send = (message) => {
    io.emit('event', message);
  };
} else {
  const wss = new WebSocketServer({ server: http });
  send = (message) => {
    for (const client of wss.clients) client.send(message);
  };
}
http.listen(0, '127.0.0.1', () => {
  console.log(`BROADCAST_READY ${(http.address() as AddressInfo).port}`);
});

let seq = 0;
createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, ...args] = line.split(' ');
  if (command === 'broadcast') broadcast(1, Number(args[0] ?? 600));
  if (command === 'burst') broadcast(Number(args[0] ?? 5), Number(args[1] ?? 600));
});

function broadcast(count: number, size: number): void {
  const sentAt = Date.now();
  for (let i = 0; i < count; i += 1) {
    seq += 1;
    send(JSON.stringify({ seq, sentAt, padding: 'x'.repeat(size) }));
  }
}
