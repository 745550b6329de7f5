import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeClient } from '../../test/fake-client.ts';
import { ev, greeting, smallGraph } from '../../test/fixtures.ts';
import { LiveActivityFeed } from './LiveActivityFeed.tsx';
import { LiveEcosystemStats } from './LiveEcosystemStats.tsx';
import { LiveRelationshipGraph } from './LiveRelationshipGraph.tsx';
import { LiveScenarioChat } from './LiveScenarioChat.tsx';
import { LiveScenarioDirector } from './LiveScenarioDirector.tsx';

const characters = [
  {
    id: 'a',
    name: 'Mara',
    energy: 0.9,
    mood: { pleasure: 0.3, arousal: 0.1, dominance: 0.1 },
    lastEmotion: null,
    active: true,
  },
  {
    id: 'b',
    name: 'Theo',
    energy: 0.6,
    mood: { pleasure: 0.1, arousal: -0.1, dominance: 0.1 },
    lastEmotion: { name: 'joy' },
    active: true,
  },
];
const scenario = {
  id: 's1',
  title: 'Market day',
  setting: 'The square',
  mood: 'festive',
  status: 'running',
  turn: 1,
  participantIds: ['a', 'b'],
};

describe('LiveRelationshipGraph', () => {
  it('draws the loaded graph, resumes events after the seq read first, and adds a created character', async () => {
    const fake = fakeClient({ lastSeq: 40, graph: smallGraph() });
    const { container } = render(<LiveRelationshipGraph client={fake.client} ecosystemId="eco" ticks={10} />);
    await waitFor(() => expect(container.querySelectorAll('g.ens-node')).toHaveLength(3));
    // The graph's fold resumes from the snapshot's seq; the speaker glow listens from now on (the SDK
    // serves both from one server subscription).
    await waitFor(() => expect(fake.subscribers.map((s) => s.fromSeq).sort()).toEqual([40, undefined]));
    act(() =>
      fake.emit(
        ev(41, 'character_created', {
          character: {
            id: 'd',
            name: 'Dara',
            mood: { pleasure: 0, arousal: 0, dominance: 0 },
            emotion: null,
            energy: 1,
            active: true,
          },
        }),
      ),
    );
    expect(container.querySelectorAll('g.ens-node')).toHaveLength(4);
    expect(screen.getByText('Live')).toBeTruthy();
  });

  it('colours by the communities the API finds when asked to', async () => {
    const fake = fakeClient({ lastSeq: 1, graph: smallGraph(), communities: { a: 0, b: 1, c: 0 } });
    const { container } = render(
      <LiveRelationshipGraph client={fake.client} ecosystemId="eco" ticks={5} colourBy="community" />,
    );
    const fill = (id: string) =>
      container.querySelector(`[data-node-id="${id}"] .ens-node-circle`)?.getAttribute('fill');
    await waitFor(() => expect(fill('a')).toBe(fill('c')));
    expect(fill('a')).not.toBe(fill('b'));
    expect(fake.client.trpc.graph.communities.query).toHaveBeenCalledWith({ ecosystemId: 'eco' });
  });

  it('says why when the graph cannot be loaded', async () => {
    const fake = fakeClient({ lastSeq: 1 });
    render(<LiveRelationshipGraph client={fake.client} ecosystemId="eco" ticks={10} />);
    expect((await screen.findByRole('alert')).textContent).toContain('no graph');
  });
});

describe('LiveActivityFeed', () => {
  it('replays the last events then shows live ones, with character names', async () => {
    const fake = fakeClient({ lastSeq: 120, characters });
    render(<LiveActivityFeed client={fake.client} ecosystemId="eco" backlog={20} now={Date.now()} />);
    await waitFor(() => expect(fake.subscribers.some((s) => s.fromSeq === 100)).toBe(true));
    await waitFor(() => expect(fake.handle.characters.list).toHaveBeenCalled());
    await screen.findByText('No activity yet. Events appear here as they happen.');
    await waitFor(() => expect(screen.getByLabelText('Character').querySelectorAll('option')).toHaveLength(3));
    act(() => fake.emit(greeting(121, 'a', 'b', 0.02)));
    expect(screen.getByText('Mara greeted Theo; trust +0.02')).toBeTruthy();
  });
});

describe('LiveEcosystemStats', () => {
  it('shows the dashboard numbers', async () => {
    const fake = fakeClient({
      lastSeq: 3,
      dashboard: {
        lastSeq: 3,
        stats: { characters: 5, activeCharacters: 5, relationships: 4, activeConversations: 1, runningScenarios: 1 },
        eventsPerMinute: { series: [1, 2], current: 2 },
        moodDistribution: {
          exuberant: 1,
          relaxed: 4,
          docile: 0,
          dependent: 0,
          anxious: 0,
          hostile: 0,
          disdainful: 0,
          bored: 0,
        },
      },
    });
    const { container } = render(<LiveEcosystemStats client={fake.client} ecosystemId="eco" />);
    await waitFor(() =>
      expect(container.querySelector('[data-stat="Characters"] .ens-stat-value')?.textContent).toBe('5'),
    );
  });
});

describe('LiveScenarioChat', () => {
  const transcriptLine = {
    seq: 11,
    timestamp: '2026-03-01T12:00:00.000Z',
    turn: 1,
    kind: 'opening',
    speakerId: 'a',
    speakerName: 'Mara',
    addresseeId: 'b',
    addresseeName: 'Theo',
    interactionType: 'greeting',
    text: 'Hello there!',
  };

  it('shows the transcript, enriches it from the replayed events, and adds live lines of this scenario only', async () => {
    const fake = fakeClient({
      lastSeq: 30,
      characters,
      scenario,
      transcript: { lines: [transcriptLine], nextAfterSeq: null },
    });
    render(<LiveScenarioChat client={fake.client} ecosystemId="eco" scenarioId="s1" />);
    await screen.findByText('Hello there!');
    await waitFor(() => expect(fake.subscribers).toHaveLength(1));
    expect(fake.subscribers.find((s) => s.fromSeq === 10)).toBeDefined();
    const replayed = greeting(11, 'a', 'b', 0.04);
    (replayed.data as Record<string, unknown>).scenario_id = 's1';
    act(() => fake.emit(replayed));
    expect(screen.getByText('Mara → Theo: liking +0.01, trust +0.04')).toBeTruthy();
    const elsewhere = greeting(31, 'b', 'a');
    act(() => fake.emit(elsewhere));
    expect(screen.queryAllByText('Hello there!')).toHaveLength(1);
  });

  it('types in a line of a participant as the model writes it, and drops it when the line arrives', async () => {
    const fake = fakeClient({ lastSeq: 30, characters, scenario, transcript: { lines: [], nextAfterSeq: null } });
    render(<LiveScenarioChat client={fake.client} ecosystemId="eco" scenarioId="s1" />);
    await waitFor(() => expect(fake.subscribers.length).toBeGreaterThan(0));
    act(() => fake.emitDelta({ lineId: 'l1', speakerId: 'a', text: 'Good evening' }));
    act(() => fake.emitDelta({ lineId: 'l1', speakerId: 'a', text: ', Theo.' }));
    const typing = await screen.findByText('Good evening, Theo.');
    expect(typing.closest('li')?.className).toContain('ens-message--typing');
    const said = greeting(31, 'a', 'b');
    (said.data as Record<string, unknown>).scenario_id = 's1';
    act(() => fake.emit(said));
    await waitFor(() => expect(screen.queryByText('Good evening, Theo.')).toBeNull());
  });

  it('sends interventions and controls through the SDK with the right arguments', async () => {
    const fake = fakeClient({ lastSeq: 0, characters, scenario, transcript: { lines: [], nextAfterSeq: null } });
    render(<LiveScenarioChat client={fake.client} ecosystemId="eco" scenarioId="s1" userName="Ana" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Participate' }));
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'b' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Theo?' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    });
    expect(fake.handle.scenarios.intervene).toHaveBeenCalledWith('s1', {
      message: 'Theo?',
      targetCharacterId: 'b',
      userName: 'Ana',
    });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Everyone!' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    });
    expect(fake.handle.scenarios.intervene).toHaveBeenLastCalledWith('s1', { message: 'Everyone!', userName: 'Ana' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    });
    expect(fake.handle.scenarios.pause).toHaveBeenCalledWith('s1');
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
  });
});

describe('LiveScenarioDirector', () => {
  it('starts the scenario through the SDK and reports it', async () => {
    const fake = fakeClient({ lastSeq: 0, characters });
    const onStarted = vi.fn();
    render(<LiveScenarioDirector client={fake.client} ecosystemId="eco" onStarted={onStarted} />);
    fireEvent.click(await screen.findByLabelText('Mara'));
    fireEvent.click(screen.getByLabelText('Theo'));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Picnic' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Start scenario' }));
    });
    expect(fake.handle.scenarios.start).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Picnic', participantIds: ['a', 'b'], mood: 'calm', durationMinutes: 30 }),
    );
    expect(onStarted).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }));
  });
});
