/**
 * Baseline for fan-out benchmarks: a bare `ws` server that stamps a payload with the time and
 * broadcasts it to every connected client. Run as a child process by the benchmarks; it prints
 * `BARE_WS_READY <port>` and broadcasts one message per line "broadcast <bytes>" on stdin.
 */
import { createInterface } from 'node:readline';
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('listening', () => {
  const address = server.address();
  console.log(`BARE_WS_READY ${typeof address === 'object' && address ? address.port : 0}`);
});
let seq = 0;
createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, size] = line.split(' ');
  if (command !== 'broadcast') return;
  seq += 1;
  const message = JSON.stringify({ seq, sentAt: Date.now(), padding: 'x'.repeat(Number(size ?? 600)) });
  for (const client of server.clients) client.send(message);
});
