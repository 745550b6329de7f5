/**
 * Constants of the episodic memory model (Park et al. 2023, "Generative Agents: Interactive
 * Simulacra of Human Behavior", §4.1 Memory and Retrieval).
 */

/**
 * Recency decays exponentially with the hours since the memory was formed: 0.99^hours.
 * The paper uses 0.995 per game hour since last retrieval; we have no retrieval timestamp and use
 * creation time, so a slightly faster decay (0.99) keeps day-old memories at ~79%, week-old at ~19%.
 */
export const MEMORY_RECENCY_DECAY_PER_HOUR = 0.99;

/** Memory contents are trimmed and capped so dialogue can quote them in one breath. */
export const MEMORY_CONTENT_MAX_CHARS = 280;

/**
 * Importance (the paper's "poignancy", rated 1–10 by an LLM) is derived here from the appraisal:
 * mostly how strongly the character felt, partly how pleasant or unpleasant it was.
 * importance = clamp01(INTENSITY_WEIGHT · intensity + VALENCE_WEIGHT · |valence|).
 */
export const IMPORTANCE_INTENSITY_WEIGHT = 0.7;
export const IMPORTANCE_VALENCE_WEIGHT = 0.3;

/**
 * Relevance: a memory about the character in question is relevant whatever its words; similarity of
 * content adds the rest — the paper's embedding cosine when the memory and the query both have vectors
 * (an embedder is configured), else word overlap (cosine over content-word sets).
 */
export const RELEVANCE_SAME_CHARACTER_WEIGHT = 0.6;
export const RELEVANCE_WORD_OVERLAP_WEIGHT = 0.4;

/** The paper weights recency, importance and relevance equally (alpha = 1 each). */
export const RETRIEVAL_RECENCY_WEIGHT = 1;
export const RETRIEVAL_IMPORTANCE_WEIGHT = 1;
export const RETRIEVAL_RELEVANCE_WEIGHT = 1;

export const MS_PER_HOUR = 3_600_000;

/**
 * Reflection (Generative Agents §4.2): when the importance of the memories a character formed since its
 * last reflection sums past this, the engine distils them into one higher-level memory. The paper uses
 * 150 on a 1–10 scale (≈ 15–25 events); ours is [0,1] per memory, so 6 is ≈ 10–15 strongly felt exchanges.
 */
export const REFLECTION_IMPORTANCE_THRESHOLD = 6;

/** How many of the newest memories are read when checking for a reflection (since the last one). */
export const REFLECTION_WINDOW = 40;

/** A reflection is as important as the strongest memory it distils, at least this. */
export const REFLECTION_MIN_IMPORTANCE = 0.6;

/** Importance of a conversation's summary: this plus half the strongest feeling in it, capped at 1. */
export const SUMMARY_BASE_IMPORTANCE = 0.3;
