import type { EnsembleClient, LineDelta, SubscribeOptions } from '@ensemble/sdk';
import { vi } from 'vitest';
import type { EcosystemEvent } from '../src/model/views.ts';

/** What a fake ecosystem answers; anything left out rejects. */
export interface FakeData {
  lastSeq?: number;
  graph?: unknown;
  dashboard?: unknown;
  characters?: unknown[];
  scenario?: unknown;
  transcript?: { lines: unknown[]; nextAfterSeq: number | null };
  history?: unknown[];
  communities?: Record<string, number>;
}

/**
 * An EnsembleClient double: canned answers, spies on mutations, and `emit` to push live events to every
 * subscriber (recording each subscription's fromSeq).
 */
export function fakeClient(data: FakeData) {
  const subscribers: SubscribeOptions[] = [];
  const deltaListeners = new Set<(delta: LineDelta) => void>();
  const statusListeners = new Set<(s: string) => void>();
  const answer = <T>(value: T | undefined, what: string) =>
    vi.fn(() => (value === undefined ? Promise.reject(new Error(`no ${what}`)) : Promise.resolve(value)));
  const handle = {
    id: 'eco',
    graph: answer(data.graph, 'graph'),
    dashboard: answer(data.dashboard, 'dashboard'),
    characters: { list: answer(data.characters, 'characters') },
    relationships: { history: answer(data.history, 'history') },
    scenarios: {
      get: answer(data.scenario, 'scenario'),
      transcript: answer(data.transcript, 'transcript'),
      intervene: vi.fn(() => Promise.resolve({ scenarioId: 's1', responses: [] })),
      pause: vi.fn(() => Promise.resolve({ ...(data.scenario as object), status: 'paused' })),
      resume: vi.fn(() => Promise.resolve({ ...(data.scenario as object), status: 'running' })),
      end: vi.fn(() => Promise.resolve({ ...(data.scenario as object), status: 'ended' })),
      start: vi.fn((input: object) => Promise.resolve({ id: 'new', ...input })),
    },
    events: {
      subscribe: vi.fn((options: SubscribeOptions) => {
        subscribers.push(options);
        options.onStatus?.('open');
        return {
          unsubscribe: () => {
            subscribers.splice(subscribers.indexOf(options), 1);
          },
          lastSeq: () => 0,
        };
      }),
      onLineDelta: vi.fn((listener: (delta: LineDelta) => void) => {
        deltaListeners.add(listener);
        return () => deltaListeners.delete(listener);
      }),
    },
  };
  const client = {
    status: 'open',
    onStatus: (listener: (s: string) => void) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    ecosystems: { get: vi.fn(() => Promise.resolve({ id: 'eco', lastSeq: data.lastSeq ?? 0 })) },
    ecosystem: vi.fn(() => handle),
    close: vi.fn(),
    trpc: { graph: { communities: { query: answer(data.communities, 'communities') } } },
  };
  return {
    client: client as unknown as EnsembleClient,
    handle,
    subscribers,
    /** Delivers an event to every current subscriber. */
    emit: (event: EcosystemEvent) => {
      for (const s of [...subscribers]) s.onEvent(event);
    },
    /** Delivers a piece of a line being written to every line-delta listener. */
    emitDelta: (delta: Omit<LineDelta, 'type' | 'ecosystemId'>) => {
      for (const l of [...deltaListeners]) l({ type: 'line_delta', ecosystemId: 'eco', ...delta });
    },
  };
}
