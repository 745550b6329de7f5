import type { DialogueScenario } from '../../ports/index.ts';
import type { Grammar } from '../grammar.ts';
import { objectiveGoal, spliceableObjective, spliceableSetting } from '../context-words.ts';
import type { SpliceableObjective } from '../context-words.ts';
import { COMMON_BELONGINGS, COMMON_FOODS, EVERYDAY, GENERIC, THEMES } from '../phrases/scenes/index.ts';
import { readScene } from './detect.ts';
import type { ThemeMatch } from './detect.ts';
import { sceneRules } from './scene-rules.ts';
import type { SceneMakeup } from './scene-rules.ts';
import { isPlural } from './thing-rules.ts';
import { partOfDayIn } from './time-of-day.ts';
import { topicFinder } from './topics.ts';
import type { TopicFinder } from './topics.ts';

/**
 * The scene a line is spoken in: the grammar with the scene's places, things and times swapped in, and
 * the nouns by which a line can be found to be about something of the scene.
 */
export interface Scene {
  grammar: Grammar;
  /** Finds the scene's things and places (singular nouns) that a line names. */
  topics: TopicFinder;
  /** The setting as said mid-sentence ("the garden behind the village library"), or "" outside a scenario. */
  setting: string;
  /** The scenario's objectives, ready to splice, each with what it is about when it has a goal. */
  objectives: readonly SceneObjective[];
}

/** An objective ready to say: "to plan the harvest supper", about "the harvest supper". */
export interface SceneObjective extends SpliceableObjective {
  goal: string | null;
}

type ScenarioContext = DialogueScenario;

/** A setting this short is also said whole ("I love the moonlit harbour market at this hour"). */
export const SETTING_PHRASE_MAX_WORDS = 5;

/** Scenes kept compiled; a server runs a handful of scenarios at a time, each with one setting. */
export const SCENE_CACHE_SIZE = 64;

/** The rules of the everyday scene: lines spoken outside any scenario, and the base every scene replaces. */
export function everydayRules(): ReturnType<typeof sceneRules> {
  return sceneRules(makeup([{ theme: EVERYDAY, weight: 1 }], [], null, []));
}

const EVERYDAY_THEMES: readonly ThemeMatch[] = [{ theme: EVERYDAY, weight: 1 }];
/** Nouns of the everyday scene (singular), for topics of lines spoken outside any scenario. */
const EVERYDAY_TOPICS: TopicFinder = topicFinder(topicsOf(EVERYDAY_THEMES, []));

interface SceneCache {
  everyday: Scene;
  /** By scenario text; Map order is the order of last use, oldest first. */
  byKey: Map<string, Scene>;
  /** By the scenario object itself (the director passes one object for both lines of a turn), with its text then. */
  byObject: WeakMap<ScenarioContext, { text: SceneText; key: string }>;
}

type SceneText = Pick<ScenarioContext, 'setting' | 'title' | 'objectives'>;

const caches = new WeakMap<Grammar, SceneCache>();

/**
 * The scene of `scenario` over the everyday grammar `base` (which already holds the everyday scene);
 * compiled once per setting, title and objectives, and kept while recently used.
 */
export function sceneFor(base: Grammar, scenario: ScenarioContext | null): Scene {
  let cache = caches.get(base);
  if (cache === undefined) {
    const everyday: Scene = { grammar: base, topics: EVERYDAY_TOPICS, setting: '', objectives: [] };
    cache = { everyday, byKey: new Map(), byObject: new WeakMap() };
    caches.set(base, cache);
  }
  if (scenario === null) return cache.everyday;
  const known = cache.byObject.get(scenario);
  // An object seen before is looked up by the key made then, unless its text has changed since.
  const key = known !== undefined && sameText(known.text, scenario) ? known.key : sceneKey(scenario);
  let scene = cache.byKey.get(key);
  if (scene === undefined) {
    scene = buildScene(base, scenario);
    if (cache.byKey.size >= SCENE_CACHE_SIZE) {
      const oldest = cache.byKey.keys().next();
      if (oldest.done !== true) cache.byKey.delete(oldest.value);
    }
  } else {
    cache.byKey.delete(key);
  }
  cache.byKey.set(key, scene);
  if (known?.key !== key) {
    const text = { setting: scenario.setting, title: scenario.title, objectives: [...scenario.objectives] };
    cache.byObject.set(scenario, { text, key });
  }
  return scene;
}

function sceneKey(scenario: SceneText): string {
  return `${scenario.setting}\n${scenario.title}\n${scenario.objectives.join('\n')}`;
}

function sameText(a: SceneText, b: SceneText): boolean {
  return (
    a.setting === b.setting &&
    a.title === b.title &&
    a.objectives.length === b.objectives.length &&
    a.objectives.every((o, i) => o === b.objectives[i])
  );
}

function buildScene(base: Grammar, scenario: ScenarioContext): Scene {
  const reading = readScene(scenario.setting, scenario.title, THEMES);
  const themes = reading.themes.length > 0 ? reading.themes : [{ theme: GENERIC, weight: 1 }];
  const tasks = scenario.objectives
    .map(spliceableObjective)
    .filter((o) => o !== null && o.form === 'verb')
    .map((o) => plainText(o!.text))
    .filter((task) => task !== '');
  const whole = plainText(spliceableSetting(scenario.setting));
  const sayable = whole !== '' && !/[,;:]/.test(whole) && whole.split(' ').length <= SETTING_PHRASE_MAX_WORDS;
  const parts = makeup(themes, reading.places, partOfDayIn(scenario.setting, scenario.title), tasks);
  const rules = sceneRules({ ...parts, settingPhrase: sayable ? whole : null });
  const objectives = scenario.objectives
    .map(spliceableObjective)
    .filter((o) => o !== null)
    .map((o) => ({ ...o, goal: objectiveGoal(o) }));
  return {
    grammar: base.extend(rules),
    topics: topicFinder(
      topicsOf(
        themes,
        reading.places.map((p) => p.noun),
      ),
    ),
    setting: spliceableSetting(scenario.setting),
    objectives,
  };
}

function makeup(
  themes: ThemeMatch[],
  places: SceneMakeup['places'],
  partOfDay: SceneMakeup['partOfDay'],
  objectiveTasks: string[],
): SceneMakeup {
  return {
    themes,
    places,
    settingPhrase: null,
    partOfDay,
    objectiveTasks,
    commonFoods: COMMON_FOODS,
    commonBelongings: COMMON_BELONGINGS,
  };
}

function topicsOf(themes: readonly ThemeMatch[], places: readonly string[]): string[] {
  const nouns = new Set<string>(places);
  for (const { theme } of themes) {
    for (const entry of [...theme.things, ...theme.spots]) nouns.add(entry.noun);
  }
  // Plural places ("the beehives") would read wrongly in a reply's "… is lovely".
  return [...nouns].filter((n) => !isPlural(n));
}

/** User text spliced into grammar rules: braces would read as references, so they go. */
function plainText(text: string): string {
  return text.replace(/[{}]/g, '').trim();
}
