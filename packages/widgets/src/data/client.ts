import { EnsembleError, type EnsembleClient } from '@ensemble/sdk';

/** Shown when a failure carries no message of its own. */
const FALLBACK_MESSAGE = 'Something went wrong.';

/** A failure in plain words for the widget to show (the SDK's messages are written for people). */
export function messageOf(error: unknown): string {
  if (error instanceof EnsembleError || error instanceof Error) return error.message || FALLBACK_MESSAGE;
  if (typeof error === 'string' && error) return error;
  return FALLBACK_MESSAGE;
}

/**
 * The ecosystem's newest seq now. Read before a snapshot so that anything that happens while the snapshot
 * loads is replayed on top of it rather than missed (replaying a change the snapshot already has is harmless:
 * the folds set absolute values and dedupe by seq).
 */
export async function currentSeq(client: EnsembleClient, ecosystemId: string): Promise<number> {
  return (await client.ecosystems.get(ecosystemId)).lastSeq;
}
