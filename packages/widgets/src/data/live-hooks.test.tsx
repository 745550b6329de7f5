import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeClient } from '../../test/fake-client.ts';
import { ev, greeting, smallGraph } from '../../test/fixtures.ts';
import { DASHBOARD_REFRESH_MS, useLiveDashboard } from './use-live-dashboard.ts';
import { useLiveGraph } from './use-live-graph.ts';
import { useRelationshipHistory } from './use-relationship-history.ts';
import { useScenarioChat } from './use-scenario-chat.ts';

afterEach(() => {
  vi.useRealTimers();
});

const dashboard = (lastSeq: number, characters: number) => ({
  lastSeq,
  stats: { characters, activeCharacters: characters, relationships: 0, activeConversations: 0, runningScenarios: 0 },
  eventsPerMinute: { series: [0], current: 0 },
  moodDistribution: {
    exuberant: 0,
    relaxed: 0,
    docile: 0,
    dependent: 0,
    anxious: 0,
    hostile: 0,
    disdainful: 0,
    bored: 0,
  },
});

describe('useLiveGraph', () => {
  it('unsubscribes on unmount', async () => {
    const fake = fakeClient({ lastSeq: 5, graph: smallGraph() });
    const { unmount } = renderHook(() => useLiveGraph(fake.client, 'eco'));
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    unmount();
    expect(fake.subscribers).toHaveLength(0);
  });

  it('neither subscribes nor updates when unmounted before the graph arrives', async () => {
    const fake = fakeClient({ lastSeq: 5 });
    let resolve: (graph: object) => void = () => {};
    fake.handle.graph.mockImplementation(
      () =>
        new Promise<object>((r) => {
          resolve = r;
        }),
    );
    const errors = vi.spyOn(console, 'error');
    const { unmount } = renderHook(() => useLiveGraph(fake.client, 'eco'));
    await waitFor(() => expect(fake.handle.graph).toHaveBeenCalled());
    unmount();
    await act(async () => {
      resolve(smallGraph());
    });
    expect(fake.handle.events.subscribe).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('drops the old ecosystem’s value and subscription when the ecosystem changes', async () => {
    const fake = fakeClient({ lastSeq: 5, graph: smallGraph() });
    const { result, rerender } = renderHook(({ id }) => useLiveGraph(fake.client, id), { initialProps: { id: 'eco' } });
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    const first = fake.subscribers[0];
    rerender({ id: 'other' });
    expect(result.current.value).toBeNull();
    expect(fake.subscribers).not.toContain(first);
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    expect(fake.client.ecosystem).toHaveBeenLastCalledWith('other');
  });
});

describe('useScenarioChat', () => {
  const scenario = {
    id: 's1',
    title: 'Market day',
    setting: '',
    mood: 'calm',
    status: 'running',
    turn: 0,
    participantIds: ['a', 'b'],
  };

  it('resubscribes for the new scenario when the scenario changes', async () => {
    const fake = fakeClient({ lastSeq: 7, characters: [], scenario, transcript: { lines: [], nextAfterSeq: null } });
    const { rerender } = renderHook(({ id }) => useScenarioChat(fake.client, 'eco', id), {
      initialProps: { id: 's1' },
    });
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    const first = fake.subscribers[0];
    expect(first?.fromSeq).toBe(7);
    rerender({ id: 's2' });
    expect(fake.subscribers).not.toContain(first);
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    expect(fake.handle.scenarios.get).toHaveBeenLastCalledWith('s2');
  });

  it('shows a control’s answer at once', async () => {
    const fake = fakeClient({ lastSeq: 7, characters: [], scenario, transcript: { lines: [], nextAfterSeq: null } });
    const { result } = renderHook(() => useScenarioChat(fake.client, 'eco', 's1'));
    await waitFor(() => expect(result.current.scenario?.status).toBe('running'));
    await act(() => result.current.end());
    expect(fake.handle.scenarios.end).toHaveBeenCalledWith('s1');
    expect(result.current.scenario?.status).toBe('ended');
  });
});

describe('useRelationshipHistory', () => {
  it('loads nothing until both characters are chosen, then appends live changes of that direction only', async () => {
    const fake = fakeClient({ lastSeq: 3, history: [{ at: 1000, strength: 0.1, trust: 0.2, interactionId: null }] });
    const { result, rerender } = renderHook(({ to }) => useRelationshipHistory(fake.client, 'eco', 'a', to), {
      initialProps: { to: null as string | null },
    });
    expect(result.current.value).toBeNull();
    expect(fake.handle.relationships.history).not.toHaveBeenCalled();
    rerender({ to: 'b' });
    await waitFor(() => expect(result.current.value).toEqual([{ at: 1000, strength: 0.1, trust: 0.2 }]));
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    const change = (seq: number, from: string, to: string) =>
      ev(seq, 'relationship_changed', {
        from_id: from,
        to_id: to,
        strength: 0.3,
        trust: 0.4,
        interaction_count: 1,
        label: 'friend',
        strength_delta: 0.2,
        trust_delta: 0.2,
        interaction_id: 'i',
      });
    act(() => {
      fake.emit(change(4, 'b', 'a'));
      fake.emit(change(5, 'a', 'b'));
    });
    expect(result.current.value?.map((p) => p.strength)).toEqual([0.1, 0.3]);
  });
});

describe('useLiveDashboard', () => {
  it('re-reads the dashboard once for a burst of events, after the refresh interval', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fake = fakeClient({ lastSeq: 3, dashboard: dashboard(3, 2) });
    const { result } = renderHook(() => useLiveDashboard(fake.client, 'eco'));
    await vi.waitFor(() => expect(fake.subscribers).toHaveLength(1));
    fake.handle.dashboard.mockImplementation(() => Promise.resolve(dashboard(6, 3)));
    act(() => {
      fake.emit(greeting(4, 'a', 'b'));
      fake.emit(greeting(5, 'b', 'a'));
      fake.emit(greeting(6, 'a', 'b'));
    });
    expect(fake.handle.dashboard).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DASHBOARD_REFRESH_MS);
    });
    expect(fake.handle.dashboard).toHaveBeenCalledTimes(2);
    expect(result.current.value?.stats.characters).toBe(3);
  });
});
