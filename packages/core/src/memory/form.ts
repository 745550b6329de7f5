import type { Id, Memory, MemoryKind } from '../model.ts';
import { IMPORTANCE_INTENSITY_WEIGHT, IMPORTANCE_VALENCE_WEIGHT, MEMORY_CONTENT_MAX_CHARS } from './constants.ts';

/** What happened, as the interaction pipeline knows it, before importance is derived. */
export interface MemoryInput {
  id: Id;
  ecosystemId: Id;
  characterId: Id;
  aboutId: Id | null;
  content: string;
  /** [-1,1] how pleasant it was. */
  valence: number;
  /** [0,1] how strongly it was felt (the appraised emotion's intensity). */
  emotionalIntensity: number;
  createdAt: number;
  /** @default 'observation' */
  kind?: MemoryKind;
}

/**
 * Forms an episodic memory: importance = clamp01(0.7·intensity + 0.3·|valence|), so a strongly felt
 * or strongly (un)pleasant event is remembered as important; content trimmed and capped.
 */
export function formMemory(input: MemoryInput): Memory {
  const valence = clamp(finiteOr(input.valence, 0), -1, 1);
  const intensity = clamp(finiteOr(input.emotionalIntensity, 0), 0, 1);
  const importance = clamp(
    IMPORTANCE_INTENSITY_WEIGHT * intensity + IMPORTANCE_VALENCE_WEIGHT * Math.abs(valence),
    0,
    1,
  );
  return {
    id: input.id,
    ecosystemId: input.ecosystemId,
    characterId: input.characterId,
    aboutId: input.aboutId,
    content: capContent(input.content),
    valence,
    importance,
    createdAt: input.createdAt,
    kind: input.kind ?? 'observation',
  };
}

const WHITESPACE_RUN = /\s+/g;

/** Collapses whitespace and cuts at a word boundary with an ellipsis when over the cap. */
function capContent(content: string): string {
  const text = content.trim().replace(WHITESPACE_RUN, ' ');
  if (text.length <= MEMORY_CONTENT_MAX_CHARS) return text;
  const cut = text.slice(0, MEMORY_CONTENT_MAX_CHARS - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > MEMORY_CONTENT_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.trimEnd()}…`;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
