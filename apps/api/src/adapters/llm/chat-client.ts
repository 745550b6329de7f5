import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';

/** One message of a chat-completions request. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What one streamed chat completion needs. */
interface ChatRequest {
  /** The server's base URL, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  /** Sent as a bearer token; never logged nor put in errors. */
  apiKey: string | null;
  model: string;
  messages: ChatMessage[];
  /** A JSON schema for the answer, sent as `response_format`; null sends none. */
  jsonSchema: { name: string; schema: Record<string, unknown> } | null;
  maxTokens: number;
  signal: AbortSignal;
  /** Each piece of text as it arrives. */
  onText?: (text: string) => void;
}

/** What came back: the whole text and the tokens it cost (the server's count, or an estimate). */
interface ChatAnswer {
  text: string;
  tokens: number;
  /** The server refused (a `refusal` field, or finish_reason `content_filter`). */
  refused: boolean;
}

/** Why a completion failed, in words safe to log (no URL credentials, no key). */
export class ChatError extends Error {
  constructor(
    readonly kind: 'http' | 'protocol' | 'network',
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'ChatError';
  }
}

/** A rough token count for servers that report none: about four characters per token. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Kept-alive connections: a line costs one request on a warm socket, not a TCP (or TLS) handshake. */
const AGENTS = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/**
 * POSTs `/chat/completions` with `stream: true` and reads the server-sent events as they come; a server
 * that answers with plain JSON instead is read as one piece. node:http rather than fetch: on a loaded node
 * it costs about half as much per request.
 */
export async function streamChat(request: ChatRequest): Promise<ChatAnswer> {
  const url = new URL(`${request.baseUrl.replace(/\/+$/, '')}/chat/completions`);
  const body: Record<string, unknown> = {
    model: request.model,
    messages: request.messages,
    stream: true,
    max_tokens: request.maxTokens,
    temperature: 0.8,
  };
  if (request.jsonSchema) {
    body['response_format'] = { type: 'json_schema', json_schema: { ...request.jsonSchema, strict: true } };
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (request.apiKey) headers['authorization'] = `Bearer ${request.apiKey}`;
  const response = await post(url, headers, JSON.stringify(body), request.signal);
  // Aborting (a timeout, an over-long line) cuts the answer off; the read below then fails and reports why.
  const cut = () => response.destroy();
  request.signal.addEventListener('abort', cut, { once: true });
  try {
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      throw new ChatError('http', `the language model server answered ${status}`, status);
    }
    response.setEncoding('utf8');
    const type = String(response.headers['content-type'] ?? '');
    if (!type.includes('text/event-stream')) {
      let text = '';
      for await (const chunk of response) text += chunk as string;
      return readJson(text, request);
    }
    return await readStream(response, request);
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    if (error instanceof ChatError) throw error;
    throw new ChatError('network', 'the language model server broke off the answer');
  } finally {
    request.signal.removeEventListener('abort', cut);
    // A response read to its end leaves its socket to the agent for the next line; any other is cut off.
    if (!response.complete) response.destroy();
  }
}

function post(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<IncomingMessage> {
  const secure = url.protocol === 'https:';
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: secure ? AGENTS.https : AGENTS.http,
      },
      (response) => {
        signal.removeEventListener('abort', stop);
        resolve(response);
      },
    );
    const stop = () => req.destroy();
    signal.addEventListener('abort', stop, { once: true });
    req.on('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(
        signal.aborted
          ? signal.reason
          : new ChatError('network', `could not reach the language model server (${error.name})`),
      );
    });
    req.end(body);
  });
}

function readJson(text: string, request: ChatRequest): ChatAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ChatError('protocol', 'the language model server sent something other than JSON');
  }
  const choice = (
    parsed as { choices?: { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }[] }
  ).choices?.[0];
  const content = typeof choice?.message?.content === 'string' ? choice.message.content : '';
  if (content !== '') request.onText?.(content);
  const refused =
    (typeof choice?.message?.refusal === 'string' && choice.message.refusal !== '') ||
    choice?.finish_reason === 'content_filter';
  return { text: content, tokens: usageOf(parsed) ?? estimateTokens(promptText(request) + content), refused };
}

async function readStream(response: IncomingMessage, request: ChatRequest): Promise<ChatAnswer> {
  let buffer = '';
  let text = '';
  let tokens: number | null = null;
  let refused = false;
  let done = false;
  for await (const chunk of response) {
    // Read on to the end after [DONE] (normally nothing follows), so the socket stays reusable.
    if (done) continue;
    buffer += (chunk as string).replace(/\r/g, '');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (data === '') continue;
      if (data === '[DONE]') {
        done = true;
        break;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch {
        throw new ChatError('protocol', 'the language model server streamed something other than JSON');
      }
      const choice = (
        parsed as { choices?: { delta?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }[] }
      ).choices?.[0];
      const piece = choice?.delta?.content;
      if (typeof piece === 'string' && piece !== '') {
        text += piece;
        request.onText?.(piece);
      }
      if (
        (typeof choice?.delta?.refusal === 'string' && choice.delta.refusal !== '') ||
        choice?.finish_reason === 'content_filter'
      ) {
        refused = true;
      }
      tokens = usageOf(parsed) ?? tokens;
    }
  }
  if (!done) throw new ChatError('protocol', 'the language model stream ended without [DONE]');
  return { text, tokens: tokens ?? estimateTokens(promptText(request) + text), refused };
}

function usageOf(parsed: unknown): number | null {
  const total = (parsed as { usage?: { total_tokens?: unknown } | null }).usage?.total_tokens;
  return typeof total === 'number' && Number.isFinite(total) ? total : null;
}

function promptText(request: ChatRequest): string {
  return request.messages.map((m) => m.content).join('\n');
}
