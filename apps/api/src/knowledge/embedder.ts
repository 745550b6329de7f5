/**
 * The Embedder port: turns texts into vectors whose cosine similarity says how close their meanings are.
 * Adapters (apps/api/src/adapters/embeddings/): all-MiniLM-L6-v2 run in process, or any OpenAI-compatible
 * `/v1/embeddings` endpoint. Chosen from the configuration in services.ts.
 */
export interface Embedder {
  /** Model name, for logs and the readiness check. */
  readonly model: string;
  /** Length of every vector returned; the database stores EMBEDDING_DIMENSIONS. */
  readonly dimensions: number;
  /** One vector per text, in order, each of length `dimensions` and unit length. Throws when it cannot. */
  embed(texts: readonly string[]): Promise<number[][]>;
  /** Resolves when the embedder can serve (the model loads, the endpoint answers); for readiness. */
  ping(): Promise<void>;
  /** Releases the model or connections; the embedder is unusable afterwards. */
  close(): Promise<void>;
}
