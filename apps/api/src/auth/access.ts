import type { Character, Id } from '@ensemble/core';
import { AppError } from '../errors.ts';
import type { AppServices } from '../services.ts';
import type { EcosystemRecord } from '../store/app-store.ts';

/** The part of a request context an access check needs. */
export interface AccessContext {
  services: AppServices;
  user: { id: Id } | null;
}

/**
 * The ecosystem, if the caller owns it. Someone else's ecosystem answers exactly like a missing one,
 * so ids cannot be probed for existence.
 */
export async function assertEcosystemAccess(ctx: AccessContext, ecosystemId: Id): Promise<EcosystemRecord> {
  const userId = requireUser(ctx);
  const ecosystem = await ctx.services.store.getEcosystem(ecosystemId);
  if (ecosystem === null || ecosystem.ownerId !== userId) {
    throw new AppError('NOT_FOUND', 'ecosystem_not_found', 'No such ecosystem.');
  }
  return ecosystem;
}

/** The character and its ecosystem, if the caller owns that ecosystem; otherwise 'character_not_found'. */
export async function assertCharacterAccess(
  ctx: AccessContext, characterId: Id,
): Promise<{ character: Character; ecosystem: EcosystemRecord }> {
  const userId = requireUser(ctx);
  const character = await ctx.services.store.getCharacter(characterId);
  const ecosystem = character === null ? null : await ctx.services.store.getEcosystem(character.ecosystemId);
  if (character === null || ecosystem === null || ecosystem.ownerId !== userId) {
    throw new AppError('NOT_FOUND', 'character_not_found', 'No such character.');
  }
  return { character, ecosystem };
}

function requireUser(ctx: AccessContext): Id {
  if (ctx.user === null) throw new AppError('UNAUTHORIZED', 'unauthenticated', 'Sign in to do this.');
  return ctx.user.id;
}
