import type { Random } from '../ports/index.ts';
import { pick } from '../random/index.ts';

/**
 * A small generative grammar in the manner of Tracery: each rule is a list of alternatives, and an
 * alternative may reference other rules as `{rule.name}` or per-line values as `{$slot}`. Rules are
 * parsed once at module load, so writing a line is only picking and concatenating.
 */

/** Grammar source: rule name → alternatives. Repeat an alternative to make it likelier. */
export type RuleSet = Readonly<Record<string, readonly string[]>>;

/** Values known only when a line is written (listener name, setting, objective, memory, echoed word). */
export type SlotName = 'name' | 'setting' | 'objective' | 'memory' | 'echo' | 'intensity';
export type Slots = Readonly<Partial<Record<SlotName, string>>>;

const SLOT_NAMES: ReadonlySet<string> = new Set<SlotName>([
  'name', 'setting', 'objective', 'memory', 'echo', 'intensity',
]);

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'rule'; rule: string }
  | { kind: 'slot'; slot: SlotName };

/** A grammar whose every reference has been checked, ready to expand. */
export interface Grammar {
  has(rule: string): boolean;
  /** Expands `rule` with draws from `random`; a missing slot value expands to "". */
  expand(rule: string, random: Random, slots: Slots): string;
}

const REFERENCE = /\{(\$?[a-zA-Z][\w.-]*)\}/g;

/** Parses and checks a rule set; throws on a reference to an unknown rule or slot, or an empty rule. */
export function compileGrammar(rules: RuleSet): Grammar {
  const compiled = new Map<string, readonly (readonly Part[])[]>();
  for (const [name, alternatives] of Object.entries(rules)) {
    if (alternatives.length === 0) throw new Error(`Grammar rule "${name}" has no alternatives.`);
    compiled.set(name, alternatives.map((alt) => parse(name, alt, rules)));
  }

  function expandRule(rule: string, random: Random, slots: Slots, depth: number): string {
    const alternatives = compiled.get(rule);
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

  return {
    has: (rule) => compiled.has(rule),
    expand: (rule, random, slots) => expandRule(rule, random, slots, 0),
  };
}

/** Guards against accidental cycles in the phrase data. */
const MAX_DEPTH = 12;

function parse(ruleName: string, alternative: string, rules: RuleSet): Part[] {
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
      if (!(ref in rules)) throw new Error(`Rule "${ruleName}" references unknown rule "${ref}".`);
      parts.push({ kind: 'rule', rule: ref });
    }
    last = index + match[0].length;
  }
  if (last < alternative.length) parts.push({ kind: 'text', text: alternative.slice(last) });
  return parts;
}
