import type { EcosystemHandle, EnsembleClient } from '@ensemble/sdk';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TypingLineView } from '../chat/MultiCharacterChat.tsx';
import type { InterventionInput } from '../chat/InterventionPanel.tsx';
import type { ChatLineView, ParticipantView, ScenarioView, TranscriptLineView } from '../model/views.ts';
import { currentSeq } from './client.ts';
import { mergeChatLines } from './chat-lines.ts';
import { namesOf, participantOf } from './participants.ts';
import { applyEventToChat, participantsOf, scenarioViewOf, type ScenarioChatState } from './scenario-chat-state.ts';
import { useLiveSnapshot, type Snapshot } from './use-live-snapshot.ts';

/** Most past events replayed to enrich the transcript with emotions and relationship changes. */
export const CHAT_REPLAY_EVENTS = 500;
/** Transcript pages read at most when the chat opens (the API returns up to 200 events' lines a page). */
export const TRANSCRIPT_MAX_PAGES = 20;

/** One scenario's conversation, live, with the actions the chat offers. */
export interface ScenarioChat {
  /** Null while loading. */
  scenario: ScenarioView | null;
  lines: readonly ChatLineView[];
  participants: readonly ParticipantView[];
  /** Why the chat could not load or stopped following, in words. */
  error: string | null;
  /** Lines of this scenario's characters a language model is writing right now. */
  typing: readonly TypingLineView[];
  /** Speaks into the scenario; rejects with the API's reason. */
  intervene(input: InterventionInput): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  end(): Promise<void>;
}

/** Every transcript line so far, following `nextAfterSeq` up to TRANSCRIPT_MAX_PAGES pages. */
async function readTranscript(handle: EcosystemHandle, scenarioId: string): Promise<TranscriptLineView[]> {
  const lines: TranscriptLineView[] = [];
  let afterSeq: number | null = 0;
  for (let page = 0; page < TRANSCRIPT_MAX_PAGES && afterSeq !== null; page += 1) {
    const next = await handle.scenarios.transcript(scenarioId, afterSeq === 0 ? {} : { afterSeq });
    lines.push(...next.lines);
    afterSeq = next.nextAfterSeq;
  }
  return lines;
}

/**
 * Reads the scenario, its transcript and the characters after noting the newest seq. The subscription
 * then starts just before the first transcript line (at most CHAT_REPLAY_EVENTS back), so the replayed
 * events add to those lines what only events carry, and everything after continues live.
 */
async function loadChat(
  handle: EcosystemHandle,
  client: EnsembleClient,
  scenarioId: string,
): Promise<Snapshot<ScenarioChatState>> {
  const lastSeq = await currentSeq(client, handle.id);
  const [scenario, transcript, characters] = await Promise.all([
    handle.scenarios.get(scenarioId),
    readTranscript(handle, scenarioId),
    handle.characters.list(),
  ]);
  const participants = characters.map(participantOf);
  const first = transcript[0]?.seq;
  const replayFrom =
    first === undefined ? lastSeq : Math.min(lastSeq, Math.max(first - 1, lastSeq - CHAT_REPLAY_EVENTS));
  const transcriptNames = Object.fromEntries(
    transcript.flatMap((l) => (l.speakerId === null ? [] : [[l.speakerId, l.speakerName]])),
  );
  return {
    value: {
      scenario: scenarioViewOf(scenario),
      lines: mergeChatLines([], transcript),
      characters: participants,
      names: { ...transcriptNames, ...namesOf(participants) },
      asOfSeq: lastSeq,
      interactionSeqs: {},
    },
    lastSeq: Math.max(0, replayFrom),
  };
}

/**
 * A scenario's chat: its transcript enriched by the events, live lines of this scenario, its participants
 * as they feel now, and interventions and controls through the SDK (a control's answer shows at once).
 */
export function useScenarioChat(client: EnsembleClient, ecosystemId: string, scenarioId: string): ScenarioChat {
  const live = useLiveSnapshot(client, ecosystemId, {
    key: scenarioId,
    load: (handle, c) => loadChat(handle, c, scenarioId),
    apply: applyEventToChat,
  });
  const { update } = live;
  const state = live.value;

  const control = useCallback(
    async (action: 'pause' | 'resume' | 'end') => {
      const scenarios = client.ecosystem(ecosystemId).scenarios;
      const changed = await (action === 'pause'
        ? scenarios.pause(scenarioId)
        : action === 'resume'
          ? scenarios.resume(scenarioId)
          : scenarios.end(scenarioId));
      update((s) => ({ ...s, scenario: scenarioViewOf(changed) }));
    },
    [client, ecosystemId, scenarioId, update],
  );

  const intervene = useCallback(
    async ({ message, targetCharacterId, userName }: InterventionInput) => {
      await client.ecosystem(ecosystemId).scenarios.intervene(scenarioId, {
        message,
        ...(targetCharacterId ? { targetCharacterId } : {}),
        ...(userName ? { userName } : {}),
      });
    },
    [client, ecosystemId, scenarioId],
  );

  const participants = useMemo(() => (state === null ? [] : participantsOf(state)), [state]);
  const typing = useTypingLines(client, ecosystemId, state);
  return {
    typing,
    scenario: state?.scenario ?? null,
    lines: state?.lines ?? [],
    participants,
    error: live.error,
    intervene,
    pause: () => control('pause'),
    resume: () => control('resume'),
    end: () => control('end'),
  };
}

/** A typing line with no new piece for this long is dropped (the model stalled; the event will follow). */
const TYPING_STALE_MS = 20_000;

interface Typing {
  lineId: string;
  speakerId: string;
  text: string;
  at: number;
}

/**
 * Lines of the scenario's characters being written right now, from the SDK's line deltas; a line
 * leaves when that speaker's finished line reaches the transcript.
 */
function useTypingLines(
  client: EnsembleClient,
  ecosystemId: string,
  state: ScenarioChatState | null,
): TypingLineView[] {
  const [typing, setTyping] = useState<ReadonlyMap<string, Typing>>(() => new Map());
  useEffect(() => {
    const events = client.ecosystem(ecosystemId).events;
    if (typeof events.onLineDelta !== 'function') return undefined;
    const stop = events.onLineDelta((delta) =>
      setTyping((current) => {
        const next = new Map(current);
        const before = next.get(delta.lineId);
        next.set(delta.lineId, {
          lineId: delta.lineId,
          speakerId: delta.speakerId,
          text: `${before?.text ?? ''}${delta.text}`,
          at: Date.now(),
        });
        return next;
      }),
    );
    return () => {
      stop();
      setTyping(new Map());
    };
  }, [client, ecosystemId]);

  const lines = state?.lines;
  const seen = useRef(lines?.length ?? 0);
  useEffect(() => {
    const all = lines ?? [];
    const added = all.slice(Math.min(seen.current, all.length));
    seen.current = all.length;
    const spoke = new Set(added.map((l) => l.speakerId));
    if (spoke.size === 0) return;
    setTyping((current) => {
      const next = new Map([...current].filter(([, t]) => !spoke.has(t.speakerId)));
      return next.size === current.size ? current : next;
    });
  }, [lines]);

  const cast = state?.scenario?.participantIds;
  const names = state?.names;
  return useMemo(() => {
    const now = Date.now();
    return [...typing.values()]
      .filter((t) => now - t.at < TYPING_STALE_MS && (cast === undefined || cast.includes(t.speakerId)))
      .map((t) => ({ lineId: t.lineId, speakerName: names?.[t.speakerId] ?? 'Someone', text: t.text }));
  }, [typing, cast, names]);
}
