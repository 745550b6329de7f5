/**
 * all-MiniLM-L6-v2 (384 dimensions) run in process by transformers.js on onnxruntime: mean-pooled and
 * normalised sentence embeddings, from a model folder laid out for transformers.js (see
 * apps/api/scripts/fetch-embeddings-model.sh). With `allowRemote`, a missing model is fetched from the hub
 * instead (machines with internet).
 */
import { basename, dirname, resolve } from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import type { Embedder } from '../../knowledge/embedder.ts';

export const LOCAL_EMBEDDING_MODEL = 'all-MiniLM-L6-v2';

export interface LocalEmbedderOptions {
  /** The model folder (holding onnx/model_quantized.onnx, tokenizer.json, config.json, tokenizer_config.json). */
  modelDir: string;
  /** Let transformers.js download the model when the folder lacks it. @default false */
  allowRemote?: boolean;
}

export class LocalEmbedder implements Embedder {
  readonly model = LOCAL_EMBEDDING_MODEL;
  readonly dimensions = 384;
  readonly #options: LocalEmbedderOptions;
  #pipeline: Promise<FeatureExtractionPipeline> | null = null;

  constructor(options: LocalEmbedderOptions) {
    this.#options = options;
  }

  /** Loads the model now (otherwise on the first `embed`); throws when the folder does not hold it. */
  async load(): Promise<void> {
    await this.#load();
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const extract = await this.#load();
    // One text per inference: the quantized model scales its activations over the whole input tensor,
    // so a text embedded in a batch gets a vector that depends on the other texts (and their padding).
    // Alone, a passage gets the same vector on every run and store, and the one its query would get.
    const vectors: number[][] = [];
    for (const text of texts) {
      const output = await extract(text, { pooling: 'mean', normalize: true });
      vectors.push((output.tolist() as number[][])[0]!);
    }
    return vectors;
  }

  async ping(): Promise<void> {
    await this.#load();
  }

  async close(): Promise<void> {
    const loading = this.#pipeline;
    this.#pipeline = null;
    if (loading) await (await loading.catch(() => null))?.dispose();
  }

  #load(): Promise<FeatureExtractionPipeline> {
    this.#pipeline ??= this.#open().catch((error: unknown) => {
      this.#pipeline = null; // a later call tries again (e.g. once the model has been fetched)
      throw error;
    });
    return this.#pipeline;
  }

  async #open(): Promise<FeatureExtractionPipeline> {
    const { env, pipeline } = await import('@huggingface/transformers');
    const folder = resolve(this.#options.modelDir);
    env.allowLocalModels = true;
    env.allowRemoteModels = this.#options.allowRemote ?? false;
    env.localModelPath = `${dirname(folder)}/`;
    try {
      return await pipeline('feature-extraction', basename(folder), { dtype: 'q8' });
    } catch (error) {
      throw new Error(
        `cannot load the embedding model from ${folder} (npm run models:fetch lays it out): ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
}
