/**
 * A small OpenAI-compatible server for tests: a real HTTP server on a free port answering
 * `POST /v1/chat/completions` as the documented wire format does (JSON, or server-sent events with
 * `stream: true`). Tell it how to behave next; it records every request it received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers. */
export type FakeBehaviour =
  | {
      kind: 'line';
      line?: string;
      delayMs?: number;
      chunkDelayMs?: number;
      json?: boolean;
      plainJson?: boolean;
      /** Answer 400 to a request carrying `response_format`, as a server without structured output may. */
      noSchema?: boolean;
    }
  | { kind: 'status'; status: number; /** The error body (default a short OpenAI-style error). */ body?: string }
  | { kind: 'garbage' }
  | { kind: 'hang' }
  | { kind: 'refuse' }
  | { kind: 'empty' };

/** One request as received. */
export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    stream?: boolean;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: unknown };
  };
}

export interface FakeLlmServer {
  /** `http://127.0.0.1:<port>/v1`, as LLM_BASE_URL. */
  baseUrl: string;
  requests: ReceivedRequest[];
  /** Sets the answer for every following request (or a function choosing per request). */
  behave(behaviour: FakeBehaviour | ((request: ReceivedRequest) => FakeBehaviour)): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startFakeLlm(initial: FakeBehaviour = { kind: 'line' }): Promise<FakeLlmServer> {
  let choose: (request: ReceivedRequest) => FakeBehaviour = () => initial;
  const requests: ReceivedRequest[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      let text = '';
      for await (const chunk of req) text += String(chunk);
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const received: ReceivedRequest = { headers: req.headers, body: JSON.parse(text) as ReceivedRequest['body'] };
      requests.push(received);
      open.add(res);
      res.on('close', () => open.delete(res));
      await answer(choose(received), received, res);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    behave(b) {
      choose = typeof b === 'function' ? b : () => b;
    },
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function answer(b: FakeBehaviour, req: ReceivedRequest, res: ServerResponse): Promise<void> {
  switch (b.kind) {
    case 'status':
      res
        .writeHead(b.status, { 'content-type': 'application/json' })
        .end(b.body ?? JSON.stringify({ error: { message: 'nope' } }));
      return;
    case 'hang':
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      return; // never writes; closed by the client's abort or close()
    case 'garbage':
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('data: {this is not json\n\n');
      return;
    case 'refuse':
      return stream(res, [{ delta: { refusal: 'I cannot help with that.' } }], 0);
    case 'empty':
      return stream(res, [{ delta: { content: '' } }], 0);
    case 'line': {
      if (b.noSchema === true && req.body.response_format !== undefined) {
        res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: "Unsupported parameter: 'response_format'" } }));
        return;
      }
      // Answering at once means at once: even a zero timer costs about a millisecond.
      if ((b.delayMs ?? 0) > 0) await sleep(b.delayMs!);
      const line = b.line ?? 'Lovely morning on the quay, is it not?';
      const wantsJson = b.json ?? req.body.response_format !== undefined;
      const content = wantsJson ? JSON.stringify({ line, act: 'greet', emotion: 'joy', topic: 'the quay' }) : line;
      if (b.plainJson || req.body.stream !== true) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 },
          }),
        );
        return;
      }
      const pieces = content.match(/.{1,8}/gs) ?? [];
      return stream(
        res,
        pieces.map((p) => ({ delta: { content: p } })),
        b.chunkDelayMs ?? 0,
        70,
      );
    }
    default: {
      const never: never = b;
      throw new Error(`unknown behaviour ${String(never)}`);
    }
  }
}

async function stream(
  res: ServerResponse,
  choices: { delta: Record<string, string> }[],
  gapMs: number,
  tokens?: number,
): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const choice of choices) {
    res.write(`data: ${JSON.stringify({ choices: [{ index: 0, ...choice, finish_reason: null }] })}\n\n`);
    if (gapMs > 0) await sleep(gapMs);
  }
  const usage =
    tokens === undefined ? null : { prompt_tokens: tokens - 20, completion_tokens: 20, total_tokens: tokens };
  res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage })}\n\n`);
  res.end('data: [DONE]\n\n');
}
