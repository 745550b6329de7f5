/**
 * Baseline for fan-out benchmarks: a bare `ws` server that stamps a payload with the time and
 * broadcasts it to every connected client. Run as a child process by the benchmarks; it prints
 * `BARE_WS_READY <port>` and, per line on stdin, either broadcasts one message stamped as it is built
 * ("broadcast <bytes>") or a burst of messages that share one stamp ("burst <count> <bytes>"), as the
 * events one exchange commits together share the moment they were committed.
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
  const [command, ...args] = line.split(' ');
  if (command === 'broadcast') broadcast(1, Number(args[0] ?? 600));
  if (command === 'burst') broadcast(Number(args[0] ?? 5), Number(args[1] ?? 600));
});

function broadcast(count: number, size: number): void {
  const sentAt = Date.now();
  for (let i = 0; i < count; i += 1) {
    seq += 1;
    const message = JSON.stringify({ seq, sentAt, padding: 'x'.repeat(size) });
    for (const client of server.clients) client.send(message);
  }
}
