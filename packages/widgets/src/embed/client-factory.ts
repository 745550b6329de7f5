import { createEnsembleClient, type EnsembleClient } from '@ensemble/sdk';

/** Makes the SDK client for an element's `api-url` and widget `token`. Replaceable for tests and hosts. */
export type ClientFactory = (apiUrl: string, widgetToken: string) => EnsembleClient;

let factory: ClientFactory = (url, widgetToken) => createEnsembleClient({ url, auth: { widgetToken } });

/** The factory elements use now. */
export function clientFactory(): ClientFactory {
  return factory;
}

/** Replaces how elements create their client (e.g. to share one, or to inject a double in tests). */
export function setClientFactory(next: ClientFactory): void {
  factory = next;
}
