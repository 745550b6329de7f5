import type { SceneFacts } from '../dialogue/scene/facts.ts';

/**
 * What a conversation is about. Objective topics are named after the objective ("plan the harvest
 * supper" → "the harvest supper"); the others are everyday subjects that fit the scene.
 */
export interface Topic {
  /** Stable key: `objective:<id>` or a subject name ("food", "weather"). */
  key: string;
  /** How the topic is said in a line ("the harvest supper", "the weather"). */
  label: string;
  /** The objective this topic serves, if any. */
  objectiveId: string | null;
}

/** Everyday subjects, and whether they need the open air. */
export const EVERYDAY_TOPICS: readonly { key: string; label: string; outdoor?: boolean }[] = [
  { key: 'weather', label: 'the weather', outdoor: true },
  { key: 'food', label: 'the food' },
  { key: 'work', label: 'work' },
  { key: 'news', label: 'the news' },
  { key: 'music', label: 'the music' },
  { key: 'family', label: 'family' },
  { key: 'place', label: 'this place' },
  { key: 'travel', label: 'travelling' },
];

const LEADING_VERBS =
  /^(to |we |let's |)(plan|find|build|win|make|finish|help|restore|explore|solve|share|settle|invent|accuse|expose|fix|raise|bake|catch|prepare|organise|organize|decide|choose|discover|repair|paint|cook|find out|write|clean)\b\s*/i;

/** The noun phrase an objective is about: "plan the harvest supper" → "the harvest supper". */
export function objectiveLabel(text: string): string {
  let rest = text
    .trim()
    .replace(LEADING_VERBS, '')
    .replace(/\s+(together|tonight|today)$/i, '')
    .trim();
  rest = rest.replace(/^(at|on|out|over|about)\s+/i, '');
  if (rest === '') return text.trim();
  if (/^(the|a|an|our|my|your|his|her|their|why|how|what|who|where)\b/i.test(rest)) return rest;
  return `the ${rest}`;
}

/** The topics a scene can talk about: its objectives first, then the everyday subjects that fit. */
export function topicsOf(objectives: readonly { id: string; text: string }[], facts: SceneFacts): Topic[] {
  const out: Topic[] = objectives.map((o) => ({
    key: `objective:${o.id}`,
    label: objectiveLabel(o.text),
    objectiveId: o.id,
  }));
  for (const t of EVERYDAY_TOPICS) {
    if (t.outdoor && facts.indoor) continue;
    out.push({ key: t.key, label: t.label, objectiveId: null });
  }
  return out;
}
