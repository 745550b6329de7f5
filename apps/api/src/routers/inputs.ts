import { bigFiveSchema } from '@ensemble/core';
import { z } from 'zod';

/**
 * Length caps on everything a client sends. They bound storage and the work one request can cause,
 * and they are what the web app's forms enforce too.
 */
export const INPUT_LIMITS = {
  id: 100,
  name: 80,
  description: 2000,
  /** A line of dialogue or a user's message. */
  content: 2000,
  documentTitle: 200,
  /** Lore and notes attached to an ecosystem: long, but bounded by the request body limit. */
  documentContent: 50_000,
  /** A lore search's words. */
  searchQuery: 500,
  email: 254,
  list: 50,
  pageSize: 100,
} as const;

export const idSchema = z.string().trim().min(1).max(INPUT_LIMITS.id);
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(INPUT_LIMITS.name);
export const descriptionSchema = z.string().trim().max(INPUT_LIMITS.description);
export const contentSchema = z.string().trim().max(INPUT_LIMITS.content);
export const personalitySchema = bigFiveSchema;

/** `{ id }`: the input of every get/delete. */
export const byIdInput = z.strictObject({ id: idSchema });
/** `{ ecosystemId }`: the input of every per-ecosystem list. */
export const byEcosystemInput = z.strictObject({ ecosystemId: idSchema });
/** A page size: 1..100, default 50. */
export const limitSchema = z.number().int().min(1).max(INPUT_LIMITS.pageSize).default(50);
