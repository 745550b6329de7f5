/**
 * Any OpenAI-compatible embeddings endpoint: POST `<base>/embeddings` with `{ model, input: [...] }`,
 * answered by `{ data: [{ index, embedding }] }`. Vectors are normalised here, so cosine distance means
 * the same whatever the service returns.
 */
import type { Embedder } from '../../knowledge/embedder.ts';

export interface OpenAiEmbedderOptions {
  /** e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  /** The vectors' length the database stores. @default 384 */
  dimensions?: number;
  /** Longest wait for one call. @default 30000 */
  timeoutMs?: number;
}

export class OpenAiEmbedder implements Embedder {
  readonly model: string;
  readonly dimensions: number;
  readonly #url: string;
  readonly #apiKey: string | null;
  readonly #timeoutMs: number;

  constructor(options: OpenAiEmbedderOptions) {
    this.model = options.model;
    this.dimensions = options.dimensions ?? 384;
    this.#url = `${options.baseUrl.replace(/\/+$/, '')}/embeddings`;
    this.#apiKey = options.apiKey ?? null;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const response = await fetch(this.#url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.#apiKey ? { authorization: `Bearer ${this.#apiKey}` } : {}),
      },
      // `dimensions` asks models that can shorten their vectors (text-embedding-3-*) for the stored size.
      body: JSON.stringify({ model: this.model, input: texts, dimensions: this.dimensions, encoding_format: 'float' }),
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      throw new Error(`embeddings endpoint answered ${response.status}: ${detail}`);
    }
    const body = (await response.json()) as { data?: { index?: number; embedding?: unknown }[] };
    const data = body.data ?? [];
    if (data.length !== texts.length)
      throw new Error(`embeddings endpoint returned ${data.length} vectors for ${texts.length} texts`);
    const vectors: number[][] = new Array<number[]>(texts.length);
    data.forEach((item, position) => {
      const index = typeof item.index === 'number' ? item.index : position;
      const v = item.embedding;
      if (
        !Array.isArray(v) ||
        v.length !== this.dimensions ||
        !v.every((x) => typeof x === 'number' && Number.isFinite(x))
      ) {
        throw new Error(`embeddings endpoint returned a vector that is not ${this.dimensions} numbers`);
      }
      vectors[index] = normalise(v as number[]);
    });
    for (let i = 0; i < texts.length; i++) {
      if (vectors[i] === undefined) throw new Error('embeddings endpoint returned duplicate indexes');
    }
    return vectors;
  }

  /** An OpenAI-compatible server lists its models at GET /models; any answer below 500 means it is up. */
  async ping(): Promise<void> {
    const response = await fetch(this.#url.replace(/\/embeddings$/, '/models'), {
      headers: this.#apiKey ? { authorization: `Bearer ${this.#apiKey}` } : {},
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    await response.body?.cancel();
    if (response.status >= 500) throw new Error(`embeddings endpoint answered ${response.status}`);
  }

  async close(): Promise<void> {}
}

function normalise(v: number[]): number[] {
  const norm = Math.hypot(...v);
  return norm > 0 ? v.map((x) => x / norm) : v;
}
