/**
 * Dialogue quality: 10 seeds × 300 turns of headless scenarios over a mix of settings, moods and
 * objectives, scored on what a reader notices. Prints every figure of the conversations issue:
 * answered questions, topic carry-over, scene contradictions, emotion/sentiment agreement, distinct-2
 * (per run and pooled), repeats within a conversation, conversation length and size, objectives done,
 * and ms per turn.
 *
 * Run: npx tsx bench/dialogue-quality.ts [--seeds 10] [--turns 300]
 */
import { performance } from 'node:perf_hooks';
import { EMOTION_CENTRES, createSentimentAnalyzer, forbiddenWords, sceneFactsOf, simulate } from '@ensemble/core';
import type { EmotionName, TranscriptLine } from '@ensemble/core';
import { DIALOGUE_QUALITY_SCENES } from '@ensemble/core/testing';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SEEDS = arg('seeds', 10);
const TURNS = arg('turns', 300);

/** The mix: a mood, a setting (several times of day and kinds of place) and objectives per run. */
const SCENES = DIALOGUE_QUALITY_SCENES;

const sentiment = createSentimentAnalyzer();
const words = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];

interface Tally {
  asks: number;
  answered: number;
  replies: number;
  onTopic: number;
  contradictions: number;
  examples: string[];
  emotionLines: number;
  emotionAgree: number;
  repeatsInConversation: number;
  conversations: number;
  conversationLines: number;
  threeOrMore: number;
  objectives: number;
  objectivesDone: number;
  ms: number;
  turns: number;
  distinctPerRun: number[];
  bigrams: Set<string>;
  bigramTotal: number;
}
const t: Tally = {
  asks: 0,
  answered: 0,
  replies: 0,
  onTopic: 0,
  contradictions: 0,
  examples: [],
  emotionLines: 0,
  emotionAgree: 0,
  repeatsInConversation: 0,
  conversations: 0,
  conversationLines: 0,
  threeOrMore: 0,
  objectives: 0,
  objectivesDone: 0,
  ms: 0,
  turns: 0,
  distinctPerRun: [],
  bigrams: new Set(),
  bigramTotal: 0,
};

function valence(name: string | null | undefined): number {
  return name ? EMOTION_CENTRES[name as EmotionName].pleasure : 0;
}

let excerpt: string[] = [];
for (let seed = 1; seed <= SEEDS; seed++) {
  const scene = SCENES[(seed - 1) % SCENES.length]!;
  const start = performance.now();
  const result = await simulate({
    characters: 6 + (seed % 4),
    turns: TURNS,
    seed,
    mood: scene.mood,
    setting: scene.setting,
    objectives: scene.objectives,
  });
  t.ms += performance.now() - start;
  t.turns += TURNS;
  const lines = result.transcript.filter((l) => l.conversationId !== undefined);
  if (seed === 1) excerpt = lines.slice(60, 90).map(readerLine);
  const facts = sceneFactsOf(result.scenario.setting, result.scenario.title);
  const forbidden = forbiddenWords(facts);

  const byConversation = new Map<string, TranscriptLine[]>();
  for (const l of lines) {
    const list = byConversation.get(l.conversationId!) ?? [];
    list.push(l);
    byConversation.set(l.conversationId!, list);
  }
  for (const conv of byConversation.values()) {
    t.conversations += 1;
    t.conversationLines += conv.length;
    if (new Set(conv.map((l) => l.speakerId)).size >= 3) t.threeOrMore += 1;
    const seen = new Set<string>();
    conv.forEach((l, i) => {
      if (seen.has(l.text)) t.repeatsInConversation += 1;
      seen.add(l.text);
      if (l.act === 'ask') {
        t.asks += 1;
        if (conv.slice(i + 1).some((later) => later.act === 'answer')) t.answered += 1;
      }
      if (i > 0) {
        t.replies += 1;
        if (l.topic === conv[i - 1]!.topic) t.onTopic += 1;
      }
    });
  }
  let runBigrams = new Set<string>();
  let runTotal = 0;
  for (const l of lines) {
    const lower = ` ${words(l.text).join(' ')} `;
    const bad = forbidden.find((w) => lower.includes(` ${w} `));
    if (bad) {
      t.contradictions += 1;
      if (t.examples.length < 5) t.examples.push(`${bad}: ${l.text} (${result.scenario.setting})`);
    }
    const s = sentiment.score(l.text);
    const v = valence(l.emotion);
    t.emotionLines += 1;
    if ((Math.abs(s) < 0.1 && v === 0) || (s >= 0.1 && v > 0) || (s <= -0.1 && v < 0)) t.emotionAgree += 1;
    const w = words(l.text);
    for (let i = 0; i + 1 < w.length; i++) {
      const b = `${w[i]} ${w[i + 1]}`;
      runBigrams.add(b);
      t.bigrams.add(b);
      runTotal += 1;
    }
  }
  t.bigramTotal += runTotal;
  t.distinctPerRun.push(runTotal === 0 ? 0 : runBigrams.size / runTotal);
  runBigrams = new Set();
  t.objectives += result.scenario.objectives.length;
  t.objectivesDone += result.scenario.objectives.filter((o) => o.state === 'done').length;
}

function readerLine(l: TranscriptLine): string {
  const to = l.addresseeName ? ` → ${l.addresseeName}` : '';
  const moved = l.objectives
    ? `  [${l.objectives.map((o) => `${o.text}: ${Math.round(o.progress * 100)}%`).join('; ')}]`
    : '';
  return `[${l.turn} ${l.conversationId!.split('.').pop()}] ${l.speakerName}${to} (${l.act}, ${l.topic}${l.emotion ? `, ${l.emotion}` : ''}): ${l.text}${moved}`;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`dialogue quality: ${SEEDS} seeds × ${TURNS} turns`);
console.log(
  `questions followed by an answer (target ≥ 95%):      ${pct(t.answered, t.asks)} (${t.answered}/${t.asks})`,
);
console.log(
  `replies on the previous line's topic (≥ 80%):         ${pct(t.onTopic, t.replies)} (${t.onTopic}/${t.replies})`,
);
console.log(`time-of-day or place contradictions (0):              ${t.contradictions}`);
for (const e of t.examples) console.log(`  e.g. ${e}`);
console.log(`emotion valence agreeing with sentiment (≥ 95%):      ${pct(t.emotionAgree, t.emotionLines)}`);
console.log(
  `distinct-2, mean per run (≥ 0.6):                     ${mean(t.distinctPerRun).toFixed(3)} (min ${Math.min(...t.distinctPerRun).toFixed(3)})`,
);
console.log(`distinct-2, all runs pooled:                          ${(t.bigrams.size / t.bigramTotal).toFixed(3)}`);
console.log(`lines repeated within a conversation (0):             ${t.repeatsInConversation}`);
console.log(
  `mean conversation length, lines (4–12):               ${(t.conversationLines / t.conversations).toFixed(2)} over ${t.conversations} conversations`,
);
console.log(`conversations with 3+ speakers (≥ 25%):               ${pct(t.threeOrMore, t.conversations)}`);
console.log(
  `objectives completed (≥ 80%):                         ${pct(t.objectivesDone, t.objectives)} (${t.objectivesDone}/${t.objectives})`,
);
console.log(`time per turn:                                        ${(t.ms / t.turns).toFixed(3)} ms`);
console.log('\nexcerpt (seed 1, lines 61–90):');
for (const l of excerpt) console.log(l);
