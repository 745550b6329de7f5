import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeClient } from '../../test/fake-client.ts';
import { greeting, smallGraph } from '../../test/fixtures.ts';
import { setClientFactory } from './client-factory.ts';
import { defineEnsembleElements } from './elements.tsx';

const characters = [
  {
    id: 'a',
    name: 'Mara',
    energy: 1,
    mood: { pleasure: 0.2, arousal: 0, dominance: 0 },
    lastEmotion: null,
    active: true,
  },
  {
    id: 'b',
    name: 'Theo',
    energy: 1,
    mood: { pleasure: 0.2, arousal: 0, dominance: 0 },
    lastEmotion: null,
    active: true,
  },
];

function makeFactory() {
  const made: Array<{
    url: string;
    token: string;
    fake: ReturnType<typeof fakeClient>;
    close: ReturnType<typeof vi.fn>;
  }> = [];
  setClientFactory((url, token) => {
    const fake = fakeClient({ lastSeq: 5, graph: smallGraph(), characters });
    const close = fake.client.close as ReturnType<typeof vi.fn>;
    made.push({ url, token, fake, close });
    return fake.client;
  });
  return made;
}

function place(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  act(() => {
    document.body.append(el);
  });
  return el;
}

const attrs = { 'api-url': 'https://api.example', 'ecosystem-id': 'eco', token: 'wt_1' };

describe('custom elements', () => {
  beforeAll(() => defineEnsembleElements());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('registers all four tags, and registering twice is harmless', () => {
    defineEnsembleElements();
    for (const tag of ['ensemble-graph', 'ensemble-feed', 'ensemble-stats', 'ensemble-chat']) {
      expect(customElements.get(tag)).toBeDefined();
    }
  });

  it('renders the widget into a shadow root with its own styles, leaving the page untouched', async () => {
    const made = makeFactory();
    const el = place('ensemble-graph', attrs);
    await waitFor(() => expect(el.shadowRoot?.querySelectorAll('g.ens-node')).toHaveLength(3));
    expect(made[0]).toMatchObject({ url: 'https://api.example', token: 'wt_1' });
    expect(el.shadowRoot?.querySelector('style')?.textContent).toContain('.ens-node-label');
    expect(document.querySelector('.ens-widget')).toBeNull();
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('shows live events in <ensemble-feed> and honours max-items', async () => {
    const made = makeFactory();
    const el = place('ensemble-feed', { ...attrs, 'max-items': '2' });
    await waitFor(() => expect(made[0]!.fake.subscribers.length).toBeGreaterThan(0));
    await waitFor(() => expect(el.shadowRoot?.querySelector('.ens-feed')).not.toBeNull());
    await waitFor(() => expect(made[0]!.fake.handle.characters.list).toHaveBeenCalled());
    act(() => {
      for (let seq = 6; seq <= 9; seq += 1) made[0]!.fake.emit(greeting(seq, 'a', 'b'));
    });
    await waitFor(() => expect(el.shadowRoot?.querySelectorAll('.ens-feed-item')).toHaveLength(2));
    expect(el.shadowRoot?.querySelector('.ens-feed-item')?.getAttribute('data-seq')).toBe('9');
  });

  it('follows attribute changes: a new ecosystem reuses the client, a new token replaces it', async () => {
    const made = makeFactory();
    const el = place('ensemble-graph', attrs);
    await waitFor(() => expect(made[0]!.fake.handle.graph).toHaveBeenCalledTimes(1));
    act(() => el.setAttribute('ecosystem-id', 'eco2'));
    await waitFor(() => expect(made[0]!.fake.client.ecosystem).toHaveBeenCalledWith('eco2'));
    expect(made).toHaveLength(1);
    act(() => el.setAttribute('token', 'wt_2'));
    await waitFor(() => expect(made).toHaveLength(2));
    expect(made[0]!.close).toHaveBeenCalled();
    expect(made[1]!.token).toBe('wt_2');
  });

  it('closes its client and unmounts when removed from the page', async () => {
    const made = makeFactory();
    const el = place('ensemble-stats', attrs);
    await waitFor(() => expect(made).toHaveLength(1));
    act(() => el.remove());
    expect(made[0]!.close).toHaveBeenCalled();
    expect(el.shadowRoot?.querySelector('.ens-mount')?.childElementCount).toBe(0);
  });

  it('asks for the missing attributes instead of failing', () => {
    makeFactory();
    const el = place('ensemble-chat', { 'api-url': 'https://api.example' });
    expect(el.shadowRoot?.textContent).toContain('needs the api-url, ecosystem-id and token');
  });

  it('fires a composed ensemble-select event when a character is chosen', async () => {
    makeFactory();
    const el = place('ensemble-graph', attrs);
    const onSelect = vi.fn();
    document.body.addEventListener('ensemble-select', onSelect);
    const node = await waitFor(() => {
      const found = el.shadowRoot?.querySelector('[data-node-id="b"]');
      if (!found) throw new Error('not yet');
      return found;
    });
    act(() => {
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect((onSelect.mock.calls[0]![0] as CustomEvent).detail).toEqual({ characterId: 'b' });
    document.body.removeEventListener('ensemble-select', onSelect);
  });
});
