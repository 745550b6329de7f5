import { applyEvent, emptyReplayState, REPLAY_STATE_VERSION, type Id, type ReplayState } from '@ensemble/core';
import type { AppStore } from '../store/app-store.ts';

/** A checkpoint is saved at every multiple of this seq the replay passes (the log never changes, so they never go stale). */
export const SNAPSHOT_EVERY = 1000;
/** Events read per query while replaying. */
const PAGE = 2000;

/** The state at `seq` and how it was rebuilt. */
export interface ReplayResult {
  state: ReplayState;
  /** The checkpoint it started from (0: the beginning of the log). */
  fromSnapshotSeq: number;
  /** Events folded after the checkpoint. */
  eventsReplayed: number;
}

/**
 * The ecosystem's state after event `seq` (core's `applyEvent` over the log): from the newest checkpoint at or
 * before `seq`, then the events after it. Checkpoints at every `SNAPSHOT_EVERY` seq passed on the way are
 * saved, so the first replay of a long history pays once and later ones read at most `SNAPSHOT_EVERY` events.
 */
export async function stateAtSeq(
  store: AppStore,
  ecosystemId: Id,
  seq: number,
  now: number,
  every = SNAPSHOT_EVERY,
): Promise<ReplayResult> {
  const snapshot = await store.latestStateSnapshot(ecosystemId, seq);
  // A checkpoint of an older shape lacks what replay now tracks: start over (and overwrite it on the way).
  const state =
    snapshot && (snapshot.state as unknown as ReplayState).version === REPLAY_STATE_VERSION
      ? (snapshot.state as unknown as ReplayState)
      : emptyReplayState();
  const fromSnapshotSeq = state.seq;
  let eventsReplayed = 0;
  while (state.seq < seq) {
    const page = await store.listEvents(ecosystemId, state.seq, Math.min(PAGE, seq - state.seq));
    if (page.length === 0) break;
    for (const event of page) {
      applyEvent(state, event);
      eventsReplayed += 1;
      if (event.seq % every === 0 && event.seq > fromSnapshotSeq) {
        await store.saveStateSnapshot({
          ecosystemId,
          seq: event.seq,
          state: structuredClone(state) as unknown as Record<string, unknown>,
          createdAt: now,
        });
      }
    }
  }
  return { state, fromSnapshotSeq, eventsReplayed };
}
