import type { EcosystemEvent } from '../model/views.ts';

/** Skip reasons of a scenario turn, in plain words. */
export const SKIP_WORDS: Readonly<Record<string, string>> = {
  everyone_tired: 'everyone was too tired to talk',
  no_feasible_pair: 'nobody was free to talk (resting or just spoke)',
  too_few_active_participants: 'too few characters were there to talk',
};

/** A skip reason in words; an unknown one keeps its own words. */
export function skipWords(reason: string): string {
  return SKIP_WORDS[reason] ?? reason.replaceAll('_', ' ');
}

/** One entry of the feed: an exchange with what it caused, or a run of quiet turns. */
export type FeedGroup =
  | {
      kind: 'moment';
      /** The event that tells what happened (the exchange, the visitor's words, the scene's change). */
      head: EcosystemEvent;
      /** What it caused: relationship and mood changes, objectives, oldest first. */
      rest: EcosystemEvent[];
      newestSeq: number;
    }
  | {
      kind: 'quiet';
      /** Skipped turns, newest first. */
      turns: EcosystemEvent[];
      newestSeq: number;
    };

/** Which event of a moment leads it (lower = leads). */
const LEAD: Partial<Record<EcosystemEvent['type'], number>> = {
  character_interaction: 0,
  user_intervention: 1,
  scenario_started: 2,
  scenario_ended: 2,
  scenario_paused: 2,
  scenario_resumed: 2,
  objective_completed: 3,
  character_created: 3,
  character_deleted: 3,
  objective_progressed: 4,
  relationship_changed: 5,
  character_state_changed: 6,
};

/** Events that open a commit: reading newest first, nothing older joins their run. */
const CLOSES_RUN = new Set<EcosystemEvent['type']>(['character_interaction', 'user_intervention']);

const isSkip = (e: EcosystemEvent) => e.type === 'scenario_turn' && Boolean((e.data as { skipped?: unknown }).skipped);

/**
 * Groups feed items (newest first) into moments: the events committed together (one exchange and the
 * feelings and relationships it moved, a visitor's words and the replies) become one entry led by the
 * event that says what happened; consecutive skipped turns become one quiet entry.
 */
export function feedGroups(items: readonly EcosystemEvent[]): FeedGroup[] {
  const groups: FeedGroup[] = [];
  let run: EcosystemEvent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const ordered = [...run].sort((a, b) => (LEAD[a.type] ?? 9) - (LEAD[b.type] ?? 9) || a.seq - b.seq);
    const [head, ...rest] = ordered as [EcosystemEvent, ...EcosystemEvent[]];
    groups.push({ kind: 'moment', head, rest, newestSeq: Math.max(...run.map((e) => e.seq)) });
    run = [];
  };
  for (const event of items) {
    if (isSkip(event)) {
      flush();
      const last = groups.at(-1);
      if (last?.kind === 'quiet') last.turns.push(event);
      else groups.push({ kind: 'quiet', turns: [event], newestSeq: event.seq });
      continue;
    }
    const previous = run.at(-1);
    // A run is one commit: same time, consecutive seqs, and at most one exchange or visitor's message
    // (committed first, so it closes the run when reading newest first).
    const joins =
      previous !== undefined &&
      previous.timestamp === event.timestamp &&
      previous.seq === event.seq + 1 &&
      !CLOSES_RUN.has(previous.type);
    if (!joins) flush();
    run.push(event);
  }
  flush();
  return groups;
}

/** "3 quiet turns: everyone was too tired to talk" (the most common reason among them). */
export function quietSentence(turns: readonly EcosystemEvent[]): string {
  const reasons = new Map<string, number>();
  for (const t of turns) {
    const reason = String((t.data as { skipped?: unknown }).skipped);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const [common] = [...reasons].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const what = turns.length === 1 ? 'A quiet turn' : `${turns.length} quiet turns`;
  return `${what}: ${skipWords(common)}`;
}
