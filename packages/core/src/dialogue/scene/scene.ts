import type { Scenario } from '../../model.ts';
import type { Grammar } from '../grammar.ts';
import { spliceableObjective, spliceableSetting } from '../context-words.ts';
import { COMMON_BELONGINGS, COMMON_FOODS, EVERYDAY, GENERIC, THEMES } from '../phrases/scenes/index.ts';
import { readScene } from './detect.ts';
import type { ThemeMatch } from './detect.ts';
import { sceneRules } from './scene-rules.ts';
import { isPlural } from './thing-rules.ts';
import { topicFinder } from './topics.ts';
import type { TopicFinder } from './topics.ts';
import type { SceneMakeup } from './scene-rules.ts';
import { partOfDayIn } from './time-of-day.ts';

/**
 * The scene a line is spoken in: the grammar with the scene's places, things and times swapped in, and
 * the nouns by which a line can be found to be about something of the scene.
 */
export interface Scene {
  grammar: Grammar;
  /** Finds the scene's things and places (singular nouns) that a line names. */
  topics: TopicFinder;
}

type ScenarioContext = Pick<Scenario, 'title' | 'setting' | 'mood' | 'objectives'>;

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

const scenes = new WeakMap<Grammar, Map<string, Scene>>();

/**
 * The scene of `scenario` over the everyday grammar `base` (which already holds the everyday scene);
 * compiled once per setting, title and objectives, and kept while recently used.
 */
export function sceneFor(base: Grammar, scenario: ScenarioContext | null): Scene {
  if (scenario === null) return { grammar: base, topics: EVERYDAY_TOPICS };
  let cache = scenes.get(base);
  if (cache === undefined) scenes.set(base, (cache = new Map()));
  const key = `${scenario.setting}\n${scenario.title}\n${scenario.objectives.join('\n')}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const scene = buildScene(base, scenario);
  cache.set(key, scene);
  if (cache.size > SCENE_CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return scene;
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
  return { grammar: base.extend(rules), topics: topicFinder(topicsOf(themes, reading.places.map((p) => p.noun))) };
}

function makeup(
  themes: ThemeMatch[], places: SceneMakeup['places'], partOfDay: SceneMakeup['partOfDay'], objectiveTasks: string[],
): SceneMakeup {
  return {
    themes, places, settingPhrase: null, partOfDay, objectiveTasks, commonFoods: COMMON_FOODS,
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
