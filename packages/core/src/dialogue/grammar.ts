import type { Random } from '../ports/index.ts';
import { pick } from '../random/index.ts';

/**
 * A small generative grammar in the manner of Tracery: each rule is a list of alternatives, and an
 * alternative may reference other rules as `{rule.name}` or per-line values as `{$slot}`. Rules are
 * parsed once at module load, so writing a line is only picking and concatenating.
 */

/** Grammar source: rule name → alternatives. Repeat an alternative to make it likelier. */
export type RuleSet = Readonly<Record<string, readonly string[]>>;

/**
 * Values known only when a line is written: the listener's name, the setting, an objective (as said
 * after "to" or "for") and its goal as a noun phrase, a memory, an echoed word, a topic of the scene
 * named in the incoming line ("the trellis"), and a degree word for the mood.
 */
export type SlotName = 'name' | 'setting' | 'objective' | 'goal' | 'memory' | 'echo' | 'topic' | 'intensity';
export type Slots = Readonly<Partial<Record<SlotName, string>>>;

const SLOT_NAMES: ReadonlySet<string> = new Set<SlotName>([
  'name',
  'setting',
  'objective',
  'goal',
  'memory',
  'echo',
  'topic',
  'intensity',
]);

type Part = { kind: 'text'; text: string } | { kind: 'rule'; rule: string } | { kind: 'slot'; slot: SlotName };

type Alternatives = readonly (readonly Part[])[];

/** A grammar whose every reference has been checked, ready to expand. */
export interface Grammar {
  has(rule: string): boolean;
  /** Expands `rule` with draws from `random`; a missing slot value expands to "". */
  expand(rule: string, random: Random, slots: Slots): string;
  /**
   * A grammar whose `rules` replace this one's rules of the same name everywhere, also inside this
   * grammar's own rules: a scene swaps in its places and things under every sentence frame.
   */
  extend(rules: RuleSet): Grammar;
  /** Every word the grammar's own text can say, lowercase (computed once, on first use). */
  words(): ReadonlySet<string>;
}

const REFERENCE = /\{(\$?[a-zA-Z][\w.-]*)\}/g;

/** Parses and checks a rule set; throws on a reference to an unknown rule or slot, or an empty rule. */
export function compileGrammar(rules: RuleSet): Grammar {
  return layered(
    parseRules(rules, () => false),
    null,
  );
}

function layered(own: ReadonlyMap<string, Alternatives>, base: ReadonlyMap<string, Alternatives> | null): Grammar {
  // One flat table per layer: a lookup is a single Map.get, however many layers sit below.
  const table = base === null ? own : new Map([...base, ...own]);

  function expandRule(rule: string, random: Random, slots: Slots, depth: number): string {
    const alternatives = table.get(rule);
    if (alternatives === undefined) throw new Error(`Unknown grammar rule "${rule}".`);
    if (depth > MAX_DEPTH) throw new Error(`Grammar rule "${rule}" recurses too deeply.`);
    let out = '';
    for (const part of pick(random, alternatives)) {
      if (part.kind === 'text') out += part.text;
      else if (part.kind === 'slot') out += slots[part.slot] ?? '';
      else out += expandRule(part.rule, random, slots, depth + 1);
    }
    return out;
  }

  let words: Set<string> | null = null;
  return {
    has: (rule) => table.has(rule),
    expand: (rule, random, slots) => expandRule(rule, random, slots, 0),
    extend: (rules) =>
      layered(
        parseRules(rules, (name) => table.has(name)),
        table,
      ),
    words: () => words ?? (words = wordsOf(table)),
  };
}

function parseRules(rules: RuleSet, inBase: (name: string) => boolean): Map<string, Alternatives> {
  const known = (name: string) => name in rules || inBase(name);
  const parsed = new Map<string, Alternatives>();
  for (const [name, alternatives] of Object.entries(rules)) {
    if (alternatives.length === 0) throw new Error(`Grammar rule "${name}" has no alternatives.`);
    parsed.set(
      name,
      alternatives.map((alt) => parse(name, alt, known)),
    );
  }
  return parsed;
}

function wordsOf(table: ReadonlyMap<string, Alternatives>): Set<string> {
  const words = new Set<string>();
  for (const alternatives of table.values()) {
    for (const parts of alternatives) {
      for (const part of parts) {
        if (part.kind !== 'text') continue;
        for (const word of part.text.toLowerCase().split(/[^a-z'-]+/)) if (word !== '') words.add(word);
      }
    }
  }
  return words;
}

/** Guards against accidental cycles in the phrase data. */
const MAX_DEPTH = 12;

function parse(ruleName: string, alternative: string, known: (rule: string) => boolean): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of alternative.matchAll(REFERENCE)) {
    const index = match.index;
    if (index > last) parts.push({ kind: 'text', text: alternative.slice(last, index) });
    const ref = match[1] ?? '';
    if (ref.startsWith('$')) {
      const slot = ref.slice(1);
      if (!SLOT_NAMES.has(slot)) throw new Error(`Rule "${ruleName}" uses unknown slot "${ref}".`);
      parts.push({ kind: 'slot', slot: slot as SlotName });
    } else {
      if (!known(ref)) throw new Error(`Rule "${ruleName}" references unknown rule "${ref}".`);
      parts.push({ kind: 'rule', rule: ref });
    }
    last = index + match[0].length;
  }
  if (last < alternative.length) parts.push({ kind: 'text', text: alternative.slice(last) });
  return parts;
}
