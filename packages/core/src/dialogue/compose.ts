import type { DialogueRequest, Random } from '../ports/index.ts';
import { weightedPick } from '../random/index.ts';
import { chooseExtras, extraRule } from './extras.ts';
import type { Slots } from './grammar.ts';
import { lineContext } from './line-context.ts';
import type { Scene } from './scene/scene.ts';
import { dressCore } from './core-dressing.ts';
import { finishSentence } from './sentence.ts';
import type { Voice } from './voice.ts';

/**
 * Composes one line: a core sentence for (interaction type, mode, tone) — in a reply, about the thing
 * the other named, or consoling them if they grumbled — dressed with a hedge, the listener's name and an
 * interjection (core-dressing.ts), then up to two extra sentences chosen by weight among the speaker's
 * traits, mood, stance, the scenario, its top memory and the line it answers.
 */

/** A reply that echoes a word of the incoming line puts that reaction first this often. */
export const ECHO_FIRST_CHANCE = 0.6;
/** A reply to a line that names a thing of the scene answers about that thing this often. */
export const TOPIC_REPLY_CHANCE = 0.3;
/** Otherwise, a reply picks up another word of the incoming line this often. */
export const ECHO_REPLY_CHANCE = 0.2;

/** Writes one line for `request` in `voice` within `scene`, drawing every choice from `random`. */
export function composeLine(scene: Scene, request: DialogueRequest, voice: Voice, random: Random): string {
  const { grammar } = scene;
  let context = lineContext(request, voice, random, scene);
  const { slots } = context;
  const tone = weightedPick(random, voice.toneWeights);
  const mode = request.mode;

  const coreRule = `${request.interactionType}.${mode}.${tone}`;
  const consoling = context.incomingGloomy && grammar.has(`${coreRule}.gloomy`);
  const onTopic =
    !consoling && slots.topic !== undefined && grammar.has(`${coreRule}.topic`) && random.next() < TOPIC_REPLY_CHANCE;
  const onEcho =
    !consoling &&
    !onTopic &&
    slots.echo !== undefined &&
    grammar.has(`${coreRule}.echo`) &&
    random.next() < ECHO_REPLY_CHANCE;
  const rule = consoling
    ? `${coreRule}.gloomy`
    : onTopic
      ? `${coreRule}.topic`
      : onEcho
        ? `${coreRule}.echo`
        : coreRule;
  let core = grammar.expand(rule, random, slots);
  // Having answered about the thing or the word, the line does not pick it up a second time.
  if (onTopic || onEcho) context = { ...context, slots: withoutTopic(slots) };
  core = dressCore(core, { tone, consoling }, request, voice, grammar, slots, random);

  const before: string[] = [];
  const after: string[] = [];
  let closer: string | null = null;
  for (const extra of chooseExtras(request, voice, tone, context, random)) {
    let extraSlots = context.slots;
    if (extra === 'memory') {
      const memory = context.recall(random);
      if (memory === '') continue;
      extraSlots = { ...extraSlots, memory };
    }
    const text = grammar.expand(extraRule(extra, tone, voice, context), random, extraSlots);
    if (extra === 'closer') closer = text;
    else if (extra === 'echo' && random.next() < ECHO_FIRST_CHANCE) before.push(text);
    else after.push(text);
  }
  const sentences = closer === null ? [...before, core, ...after] : [...before, core, ...after, closer];
  return sentences.map((sentence) => finishSentence(sentence, voice, random)).join(' ');
}

function withoutTopic(slots: Slots): Slots {
  const { topic: _topic, echo: _echo, ...rest } = slots;
  return rest;
}
