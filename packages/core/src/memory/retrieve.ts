import type { Id, Memory } from '../model.ts';
import {
  MEMORY_RECENCY_DECAY_PER_HOUR,
  MS_PER_HOUR,
  RELEVANCE_SAME_CHARACTER_WEIGHT,
  RELEVANCE_WORD_OVERLAP_WEIGHT,
  RETRIEVAL_IMPORTANCE_WEIGHT,
  RETRIEVAL_RECENCY_WEIGHT,
  RETRIEVAL_RELEVANCE_WEIGHT,
} from './constants.ts';
import { wordBagOf } from './content-words-cache.ts';
import type { WordBag } from './content-words-cache.ts';

/** The moment a character remembers in: when, about whom, and what is being talked about. */
export interface MemoryQuery {
  now: number;
  /** The character the moment is about (e.g. the listener), or null. */
  aboutId: Id | null;
  /** What is being said or done; its content words make memories relevant. */
  text: string;
  /**
   * The unit vector of `text` (or of the conversation it belongs to), when an embedder has made one: a
   * memory that has a vector too is then relevant by the cosine of the two (Generative Agents), not by
   * shared words. Absent: word overlap for every memory, as without an embedder.
   */
  embedding?: readonly number[] | null;
}

/** Recency in (0,1]: 0.99^hours since the memory was formed (a memory from the future counts as new). */
export function memoryRecency(memory: Memory, now: number): number {
  const hours = Math.max(0, now - memory.createdAt) / MS_PER_HOUR;
  return MEMORY_RECENCY_DECAY_PER_HOUR ** hours;
}

/**
 * Relevance in [0,1]: 0.6 if the memory is about the same character, plus 0.4 × the similarity of its
 * content to the query: the cosine of their embeddings when both have one (negative counts as 0), else
 * the cosine between their content-word sets.
 */
export function memoryRelevance(
  memory: Memory,
  aboutId: Id | null,
  queryWords: readonly string[],
  queryEmbedding: readonly number[] | null = null,
): number {
  return relevanceTo(memory, aboutId, { words: queryWords, set: new Set(queryWords) }, queryEmbedding);
}

function relevanceTo(memory: Memory, aboutId: Id | null, query: WordBag, embedding: readonly number[] | null): number {
  const sameCharacter = aboutId !== null && memory.aboutId === aboutId ? 1 : 0;
  const own = memory.embedding;
  const similarity =
    embedding && own && own.length === embedding.length
      ? Math.max(0, dot(embedding, own))
      : wordCosine(query, wordBagOf(memory.content));
  return RELEVANCE_SAME_CHARACTER_WEIGHT * sameCharacter + RELEVANCE_WORD_OVERLAP_WEIGHT * similarity;
}

/** Dot product of two vectors of one length: their cosine when both are unit vectors. */
function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k]! * b[k]!;
  return sum;
}

/**
 * Retrieves the `limit` memories best suited to the moment, as in Generative Agents: each of recency,
 * importance and relevance is min-max normalised across the candidates, then summed. Highest first;
 * ties keep the input order, so the result is deterministic.
 */
export function retrieveMemories(memories: readonly Memory[], query: MemoryQuery, limit: number): Memory[] {
  const count = Math.min(memories.length, Math.max(0, Math.floor(limit)));
  if (count === 0) return [];
  // The query is often the scenario's own text, the same turn after turn, so its words are cached too.
  const queryBag = wordBagOf(query.text);
  const embedding = query.embedding ?? null;
  const recency = memories.map((m) => memoryRecency(m, query.now));
  const importance = memories.map((m) => m.importance);
  const relevance = memories.map((m) => relevanceTo(m, query.aboutId, queryBag, embedding));
  const r = minMaxNormalise(recency);
  const i = minMaxNormalise(importance);
  const v = minMaxNormalise(relevance);
  const scored = memories.map((memory, index) => ({
    memory,
    index,
    score:
      RETRIEVAL_RECENCY_WEIGHT * (r[index] ?? 0) +
      RETRIEVAL_IMPORTANCE_WEIGHT * (i[index] ?? 0) +
      RETRIEVAL_RELEVANCE_WEIGHT * (v[index] ?? 0),
  }));
  scored.sort((x, y) => y.score - x.score || x.index - y.index);
  return scored.slice(0, count).map((s) => s.memory);
}

/** Scales to [0,1]; when every candidate scores the same, the component cannot discriminate: all 0. */
function minMaxNormalise(values: readonly number[]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min;
  if (!(range > 0)) return values.map(() => 0);
  return values.map((value) => (value - min) / range);
}

/** Cosine similarity of two word sets (binary bags of words); walks the smaller, looks up in the larger. */
function wordCosine(a: WordBag, b: WordBag): number {
  const n = a.words.length;
  const m = b.words.length;
  if (n === 0 || m === 0) return 0;
  const [small, large] = n <= m ? [a.words, b.set] : [b.words, a.set];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / Math.sqrt(n * m);
}
