import type { DialogueAct } from '../../conversations/acts.ts';
import type { BigFive } from '../../model.ts';
import type { Random } from '../../ports/index.ts';
import type { SceneFacts } from '../scene/facts.ts';
import type { SceneWords } from './scene-words.ts';

/** What one act line needs. */
export interface ActLineInput {
  act: DialogueAct;
  /** The topic as said ("the harvest supper", "the food"). */
  topic: string;
  facts: SceneFacts;
  /** The scene's own vocabulary (its themes' things, spots, people and food), if known. */
  scene?: SceneWords;
  /** Name of the first addressee ("" when speaking to everyone). */
  name: string;
  /** The line being answered, if any. */
  incoming: string | null;
  random: Random;
  /** Frame ids already used in this conversation: avoided while others remain. */
  used: ReadonlySet<string>;
  /** Who speaks, for their verbal habits (see habits.ts). */
  speaker?: { name: string; personality: BigFive };
  /** First names of other people about (neither the speaker nor the addressee), who may be named in the line. */
  others?: readonly string[];
  /** The speaker's tie to the addressee, energy and mood, for the set phrases (social.ts); absent: a neutral stranger. */
  manner?: Manner;
}

/** How the speaker stands with the listener, from the relationship's label (none: a stranger). */
export type Bond = 'close' | 'friendly' | 'known' | 'new' | 'cool';

/** What the set phrases vary by, besides the scene: the speaker's state and their tie to the listener. */
export interface Manner {
  bond: Bond;
  /** [0,1] */
  energy: number;
  /** The speaker's mood, [-1,1]. */
  pleasure: number;
}
