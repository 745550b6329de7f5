import { createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { EnsembleClient } from '@ensemble/sdk';
import { widgetCss } from '../theme/widget-css.ts';
import { clientFactory } from './client-factory.ts';

/** Attributes every Ensemble element reads. */
export const BASE_ATTRIBUTES = ['api-url', 'ecosystem-id', 'token'] as const;

/** Host-level rules: the element is a block, and inherited page styles stop at its border. */
const HOST_CSS =
  ':host { all: initial; display: block; } :host([hidden]) { display: none; } .ens-mount { height: 100%; }';

/** A host element this tall or taller before anything is drawn in it has a height of its own, px. */
const SET_HEIGHT_MIN_PX = 80;

/**
 * Clients shared by the elements of a page, per (api-url, token): several widgets of one ecosystem then
 * share one live connection and one server subscription (the SDK shares it among listeners).
 */
const sharedClients = new Map<string, { client: EnsembleClient; users: number }>();

function takeClient(key: string, create: () => EnsembleClient): EnsembleClient {
  const entry = sharedClients.get(key) ?? { client: create(), users: 0 };
  entry.users += 1;
  sharedClients.set(key, entry);
  return entry.client;
}

function releaseClient(key: string): void {
  const entry = sharedClients.get(key);
  if (entry === undefined) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  sharedClients.delete(key);
  entry.client.close();
}

/** What a concrete element renders once it has a client and an ecosystem id. */
export interface ElementContext {
  client: EnsembleClient;
  ecosystemId: string;
  /** Reads another attribute of the element. */
  attr: (name: string) => string | null;
  /** Fires a DOM event from the element that crosses the shadow boundary. */
  emit: (type: string, detail: unknown) => void;
  /** Whether the page gave the element a height of its own (the widget then fills it, never spills out). */
  hasSetHeight: boolean;
}

/**
 * Base of the custom elements: renders a React widget into an open shadow root with the widget styles,
 * one SDK client per (api-url, token), re-rendering on attribute changes and releasing everything when
 * removed from the page.
 */
export abstract class EnsembleElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return [...BASE_ATTRIBUTES];
  }

  #root: Root | null = null;
  #mount: HTMLElement;
  #client: EnsembleClient | null = null;
  #clientKey = '';
  #queued = false;
  #hasSetHeight = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${HOST_CSS}\n${widgetCss}`;
    this.#mount = document.createElement('div');
    this.#mount.className = 'ens-mount';
    shadow.append(style, this.#mount);
  }

  /** The widget for this element. */
  protected abstract renderWidget(context: ElementContext): ReactNode;

  connectedCallback(): void {
    if (this.#root === null) {
      // Measured while the shadow root is still empty: only a height the page set shows here.
      this.#hasSetHeight = this.getBoundingClientRect().height >= SET_HEIGHT_MIN_PX;
    }
    this.#root ??= createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback(): void {
    this.#root?.unmount();
    this.#root = null;
    if (this.#client !== null) releaseClient(this.#clientKey);
    this.#client = null;
    this.#clientKey = '';
  }

  attributeChangedCallback(): void {
    // Several attributes set in a row (as a framework does) cost one render.
    if (this.#root === null || this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#render();
    });
  }

  #render(): void {
    if (this.#root === null) return;
    const apiUrl = this.getAttribute('api-url');
    const ecosystemId = this.getAttribute('ecosystem-id');
    const token = this.getAttribute('token');
    if (!apiUrl || !ecosystemId || !token) {
      this.#root.render(
        createElement(
          'p',
          { className: 'ens-widget ens-empty' },
          'This widget needs the api-url, ecosystem-id and token attributes.',
        ),
      );
      return;
    }
    const client = this.#clientFor(apiUrl, token);
    this.#root.render(
      this.renderWidget({
        client,
        ecosystemId,
        attr: (name) => this.getAttribute(name),
        emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
        hasSetHeight: this.#hasSetHeight,
      }),
    );
  }

  #clientFor(apiUrl: string, token: string): EnsembleClient {
    const key = `${apiUrl}\n${token}`;
    if (this.#client === null || key !== this.#clientKey) {
      if (this.#client !== null) releaseClient(this.#clientKey);
      this.#client = takeClient(key, () => clientFactory()(apiUrl, token));
      this.#clientKey = key;
    }
    return this.#client;
  }
}
