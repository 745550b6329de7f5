/**
 * A small OpenAI-compatible embeddings server for tests: a real HTTP server on a free port answering
 * `POST /v1/embeddings` (`{ model, input }` → `{ object: 'list', data: [{ object, index, embedding }], model }`)
 * with vectors from the function it is given (e.g. the real local model), and `GET /v1/models`. Records
 * every embeddings request; can be told to fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeEmbeddingsServer {
  /** `http://127.0.0.1:<port>/v1`, as EMBEDDINGS_BASE_URL. */
  baseUrl: string;
  requests: { authorization: string | undefined; model: string; input: string[] }[];
  /** Answer every following request with this HTTP status (null: answer normally). */
  failWith(status: number | null): void;
  close(): Promise<void>;
}

export async function startFakeEmbeddings(
  embed: (texts: string[]) => Promise<number[][]>,
): Promise<FakeEmbeddingsServer> {
  let failure: number | null = null;
  const requests: FakeEmbeddingsServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      void (async () => {
        if (failure !== null) {
          res.writeHead(failure, { 'content-type': 'application/json' }).end('{"error":{"message":"unavailable"}}');
          return;
        }
        if (req.method === 'GET' && req.url === '/v1/models') {
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[]}');
          return;
        }
        if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
          res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
          return;
        }
        const body = JSON.parse(raw) as { model: string; input: string | string[] };
        const input = typeof body.input === 'string' ? [body.input] : body.input;
        requests.push({ authorization: req.headers.authorization, model: body.model, input });
        const vectors = await embed(input);
        // Reversed on purpose: clients must place vectors by `index`, not by position.
        const data = vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })).reverse();
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(
            JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 0, total_tokens: 0 } }),
          );
      })().catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    failWith: (status) => {
      failure = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
