import type { Id } from '@ensemble/core';

/** What a widget token lets a page do in its one ecosystem. */
export type WidgetScope = 'read' | 'participant';
export const WIDGET_SCOPES = ['read', 'participant'] as const satisfies readonly WidgetScope[];

/** What an access check asks for: to see an ecosystem, to change it, or to speak into its scenarios. */
export type Capability = 'read' | 'write' | 'intervene';

/**
 * How the caller proved who they are. A session (access JWT) and a secret key act as the account owner;
 * a widget token acts for one ecosystem with a scope, on behalf of an anonymous visitor.
 */
export type Grant =
  | { kind: 'session'; /** ms since the epoch */ expiresAt: number }
  | { kind: 'secret_key'; keyId: Id }
  | {
      kind: 'widget';
      tokenId: string;
      ecosystemId: Id;
      /** The ecosystem's owner, who minted the token with a secret key. */
      ownerId: Id;
      scope: WidgetScope;
      /** Browser origins the token may be used from (the publishable key's allow-list). */
      origins: string[];
      /** ms since the epoch */
      expiresAt: number;
      /** The secret key that minted it and the publishable key it carries, if any: revoking either ends it. */
      keyIds: Id[];
    };

const SCOPE_CAPABILITIES: Record<WidgetScope, readonly Capability[]> = {
  read: ['read'],
  participant: ['read', 'intervene'],
};

/** Whether a widget scope includes the capability (owners have every capability). */
export function scopeAllows(scope: WidgetScope, capability: Capability): boolean {
  return SCOPE_CAPABILITIES[scope].includes(capability);
}

/**
 * The only procedures a widget token may call, with the capability each needs. Everything else
 * (account, key management, ecosystem lists, writes) is refused before the procedure runs, so a
 * procedure that forgets an access check still cannot be reached with a widget token.
 */
export const WIDGET_PROCEDURES: Readonly<Record<string, Capability>> = {
  'ecosystems.get': 'read',
  'ecosystems.dashboard': 'read',
  'ecosystems.graph': 'read',
  'characters.list': 'read',
  'characters.get': 'read',
  'memories.list': 'read',
  'relationships.byCharacter': 'read',
  'relationships.between': 'read',
  'relationships.history': 'read',
  'interactions.list': 'read',
  'scenarios.get': 'read',
  'scenarios.list': 'read',
  'scenarios.transcript': 'read',
  'scenarios.intervene': 'intervene',
  'events.list': 'read',
  'history.state': 'read',
  'history.compare': 'read',
  'events.onEvent': 'read',
  'events.onEventRuns': 'read',
  'graph.neighbours': 'read',
  'graph.shortestPath': 'read',
  'graph.mutualFriends': 'read',
  'graph.mostConnected': 'read',
  'graph.communities': 'read',
};

/** Whether a widget token with `scope` may call the procedure at `path` at all. */
export function widgetMayCall(scope: WidgetScope, path: string): boolean {
  const needed = Object.hasOwn(WIDGET_PROCEDURES, path) ? WIDGET_PROCEDURES[path] : undefined;
  return needed !== undefined && scopeAllows(scope, needed);
}

/** When the credential stops being valid (ms since the epoch), or null for keys, which last until revoked. */
export function grantExpiresAt(grant: Grant): number | null {
  return grant.kind === 'secret_key' ? null : grant.expiresAt;
}

/** The API keys the credential stands on (none for a session): once one is revoked the credential is dead. */
export function grantKeyIds(grant: Grant): readonly Id[] {
  switch (grant.kind) {
    case 'session':
      return [];
    case 'secret_key':
      return [grant.keyId];
    case 'widget':
      return grant.keyIds;
  }
}

/**
 * Who the caller counts as for limits and idempotency keys: the account for sessions and secret keys,
 * the token for widget tokens (each visitor's page gets its own).
 */
export function principalOf(user: { id: Id }, grant: Grant | null | undefined): string {
  return grant?.kind === 'widget' ? `widget:${grant.tokenId}` : `user:${user.id}`;
}
