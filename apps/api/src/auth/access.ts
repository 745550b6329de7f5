import type { Character, Id } from '@ensemble/core';
import { AppError } from '../errors.ts';
import type { AppServices } from '../services.ts';
import type { EcosystemRecord } from '../store/app-store.ts';
import { scopeAllows, type Capability, type Grant } from './grants.ts';

export type { Capability } from './grants.ts';

/** The part of a request context an access check needs. */
export interface AccessContext {
  services: AppServices;
  user: { id: Id } | null;
  /** How the caller authenticated; absent or a session/secret key means "as the account owner". */
  grant?: Grant | null;
}

/**
 * The ecosystem, if the caller may use it for `capability`: its owner (session or secret key) may do
 * anything; a widget token only its own ecosystem, within its scope. An ecosystem the caller may not
 * see answers exactly like a missing one, so ids cannot be probed for existence; one it may see but not
 * change answers 403.
 */
export async function assertEcosystemAccess(
  ctx: AccessContext,
  ecosystemId: Id,
  capability: Capability,
): Promise<EcosystemRecord> {
  const ownerId = ownerFor(ctx, ecosystemId);
  const ecosystem = ownerId === null ? null : await ctx.services.store.getEcosystem(ecosystemId);
  if (ecosystem === null || ecosystem.ownerId !== ownerId) {
    throw new AppError('NOT_FOUND', 'ecosystem_not_found', 'No such ecosystem.');
  }
  assertCapability(ctx, capability);
  return ecosystem;
}

/** The character and its ecosystem, if the caller may use that ecosystem for `capability`; else 'character_not_found'. */
export async function assertCharacterAccess(
  ctx: AccessContext,
  characterId: Id,
  capability: Capability,
): Promise<{ character: Character; ecosystem: EcosystemRecord }> {
  requireUser(ctx);
  const character = await ctx.services.store.getCharacter(characterId);
  const ownerId = character === null ? null : ownerFor(ctx, character.ecosystemId);
  const ecosystem =
    character === null || ownerId === null ? null : await ctx.services.store.getEcosystem(character.ecosystemId);
  if (character === null || ecosystem === null || ecosystem.ownerId !== ownerId) {
    throw new AppError('NOT_FOUND', 'character_not_found', 'No such character.');
  }
  assertCapability(ctx, capability);
  return { character, ecosystem };
}

/**
 * Every character of `ids` exists in an ecosystem the caller may use for `capability` (one query,
 * however many): else 'character_not_found', the same answer as for an id that does not exist.
 */
export async function assertCharactersAccess(
  ctx: AccessContext,
  ids: readonly Id[],
  capability: Capability,
): Promise<void> {
  requireUser(ctx);
  const owners = await ctx.services.owners.of(ids);
  for (const id of ids) {
    const found = owners.get(id);
    if (found === undefined || ownerFor(ctx, found.ecosystemId) !== found.ownerId) {
      throw new AppError('NOT_FOUND', 'character_not_found', 'No such character.');
    }
  }
  assertCapability(ctx, capability);
}

/** Whose ecosystems the caller may reach for this id: the account's, or a widget's owner's for its one ecosystem. */
function ownerFor(ctx: AccessContext, ecosystemId: Id): Id | null {
  const userId = requireUser(ctx);
  const grant = ctx.grant;
  if (grant?.kind !== 'widget') return userId;
  return grant.ecosystemId === ecosystemId ? grant.ownerId : null;
}

function assertCapability(ctx: AccessContext, capability: Capability): void {
  const grant = ctx.grant;
  if (grant?.kind === 'widget' && !scopeAllows(grant.scope, capability)) {
    const message =
      grant.scope === 'read'
        ? 'This widget token can only read.'
        : 'This widget token can read and speak into scenarios, nothing else.';
    throw new AppError('FORBIDDEN', 'insufficient_scope', message);
  }
}

function requireUser(ctx: AccessContext): Id {
  if (ctx.user === null) throw new AppError('UNAUTHORIZED', 'unauthenticated', 'Sign in to do this.');
  return ctx.user.id;
}
