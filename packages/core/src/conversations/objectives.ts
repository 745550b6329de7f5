import type { Objective } from '../model.ts';
import { OBJECTIVE_STEP } from './acts.ts';
import type { DialogueAct } from './acts.ts';

/** Objectives as given on creation: plain strings, or objects with at least a text. */
export type ObjectiveInput = string | { text: string; id?: string; state?: Objective['state']; progress?: number };

/** Normalises objectives given as strings (or partial objects) to open objectives with ids `o1`, `o2`, … */
export function objectivesFrom(input: readonly ObjectiveInput[]): Objective[] {
  return input.map((o, i) => {
    if (typeof o === 'string') return { id: `o${i + 1}`, text: o.trim(), state: 'open', progress: 0 };
    const progress = Math.min(1, Math.max(0, o.progress ?? 0));
    return { id: o.id ?? `o${i + 1}`, text: o.text.trim(), state: o.state ?? stateOf(progress), progress };
  });
}

/** The texts of objectives (for dialogue context and keyword pulls). */
export function objectiveTexts(objectives: readonly Objective[]): string[] {
  return objectives.map((o) => o.text);
}

function stateOf(progress: number): Objective['state'] {
  return progress >= 1 ? 'done' : progress > 0 ? 'in_progress' : 'open';
}

/** One objective's move in a turn. */
export interface ObjectiveMove {
  objective: Objective;
  /** How much it moved. */
  delta: number;
  completed: boolean;
}

/**
 * Moves objectives by the lines of one turn: a line about an objective's topic moves it by its act's
 * step (an acceptance most, a proposal least; see OBJECTIVE_STEP), scaled by how many share the work
 * (more speakers, more progress). Done objectives stay done.
 */
export function advanceObjectives(
  objectives: readonly Objective[],
  lines: readonly { act: DialogueAct; objectiveId: string | null }[],
  speakers: number,
): { objectives: Objective[]; moves: ObjectiveMove[] } {
  const gain = new Map<string, number>();
  for (const l of lines) {
    if (l.objectiveId === null) continue;
    const step = OBJECTIVE_STEP[l.act] ?? 0;
    if (step > 0) gain.set(l.objectiveId, (gain.get(l.objectiveId) ?? 0) + step);
  }
  const crowd = 1 + 0.15 * Math.max(0, speakers - 2);
  const moves: ObjectiveMove[] = [];
  const next = objectives.map((o) => {
    const g = gain.get(o.id);
    if (g === undefined || o.state === 'done') return o;
    const progress = Math.min(1, Math.round((o.progress + g * crowd) * 1000) / 1000);
    const moved: Objective = { ...o, progress, state: stateOf(progress) };
    moves.push({ objective: moved, delta: progress - o.progress, completed: moved.state === 'done' });
    return moved;
  });
  return { objectives: next, moves };
}
