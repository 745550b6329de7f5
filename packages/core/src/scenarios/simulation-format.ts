import type { ConversationCloseReason } from '../events/index.ts';
import type { SimulationResult } from './simulation.ts';

/** The transcript as text: a header, then one line per spoken line, each exchange headed by its turn. */
export function formatTranscript(result: SimulationResult): string {
  const s = result.scenario;
  const header = [
    `${s.title} — ${s.setting} (${s.mood}; seed ${result.seed})`,
    `Objectives: ${s.objectives.map((o) => `${o.text} (${o.state}, ${Math.round(o.progress * 100)}%)`).join('; ') || 'none'}`,
    `Cast: ${result.characters.map((c) => `${c.name} (${c.description.toLowerCase()})`).join(', ')}`,
    `${result.turnsPlayed} turns played, ${result.turnsSkipped} skipped; ended: ${s.endReason ?? 'not yet'}`,
    '',
  ];
  const width = String(s.turn).length;
  const body = result.transcript.map((line) => {
    // Conversation lines show their act (and the opening its topic and conversation); moved objectives and
    // a conversation's closing follow the line.
    const after =
      (line.objectives
        ? `  [${line.objectives.map((o) => `${o.text}: ${Math.round(o.progress * 100)}%`).join('; ')}]`
        : '') + (line.closes ? `  (${CLOSING_WORDS[line.closes]})` : '');
    if (line.kind === 'opening') {
      const turn = line.turn === null ? ''.padStart(width) : String(line.turn).padStart(width);
      const about =
        line.act !== undefined
          ? `${line.act}, ${line.topic ?? ''}; ${line.conversationId?.split('.').pop() ?? ''}`
          : line.interactionType;
      return `[${turn}] ${line.speakerName} → ${line.addresseeName} (${about}): ${line.text}${after}`;
    }
    const indent = ' '.repeat(width + 3);
    if (line.kind === 'reply') {
      const to = line.act !== undefined && line.addresseeName ? ` → ${line.addresseeName}` : '';
      const act = line.act !== undefined ? ` (${line.act})` : '';
      return `${indent}${line.speakerName}${to}${act}: ${line.text}${after}`;
    }
    if (line.kind === 'user')
      return `${indent}${line.speakerName} (user) → ${line.addresseeName ?? 'all'}: ${line.text}`;
    return `${indent}${line.speakerName} → ${line.addresseeName}: ${line.text}`;
  });
  return [...header, ...body].join('\n') + '\n';
}

/** How a transcript says that a conversation closed. */
const CLOSING_WORDS: Readonly<Record<ConversationCloseReason, string>> = {
  farewell: 'they say goodbye',
  walked_off: 'they walk off',
  participant_left: 'interrupted: someone left',
  exhausted: 'interrupted: too tired to go on',
  called_away: 'interrupted: called away',
};

/** Final relationships as an aligned table: from, to, strength, trust, count, label; sorted by names. */
export function formatRelationshipTable(result: SimulationResult): string {
  const nameOf = new Map(result.characters.map((c) => [c.id, c.name]));
  const rows = result.relationships
    .map((r) => ({
      from: nameOf.get(r.fromId) ?? r.fromId,
      to: nameOf.get(r.toId) ?? r.toId,
      strength: signed(r.strength),
      trust: r.trust.toFixed(2),
      count: String(r.interactionCount),
      label: r.label,
    }))
    .sort((x, y) => x.from.localeCompare(y.from, 'en') || x.to.localeCompare(y.to, 'en'));
  const head = { from: 'from', to: 'to', strength: 'strength', trust: 'trust', count: 'count', label: 'label' };
  const all = [head, ...rows];
  const w = (key: keyof typeof head) => Math.max(...all.map((row) => row[key].length));
  const widths = { from: w('from'), to: w('to'), strength: w('strength'), trust: w('trust'), count: w('count') };
  const format = (row: typeof head) =>
    [
      row.from.padEnd(widths.from),
      row.to.padEnd(widths.to),
      row.strength.padStart(widths.strength),
      row.trust.padStart(widths.trust),
      row.count.padStart(widths.count),
      row.label,
    ].join('  ');
  const rule = format({
    from: '-'.repeat(widths.from),
    to: '-'.repeat(widths.to),
    strength: '-'.repeat(widths.strength),
    trust: '-'.repeat(widths.trust),
    count: '-'.repeat(widths.count),
    label: '-----',
  });
  return [format(head), rule, ...rows.map(format)].join('\n') + '\n';
}

/** "+0.42" / "-0.07"; values that round to zero show as "+0.00", never "-0.00". */
function signed(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return `${rounded < 0 ? '-' : '+'}${Math.abs(rounded).toFixed(2)}`;
}

/** The transcript as JSON lines: one object per spoken line (see the simulate CLI's --json). */
export function formatJsonLines(result: SimulationResult): string {
  const names = new Map(result.characters.map((c) => [c.id, c.name]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    result.transcript
      .map((l) =>
        JSON.stringify({
          turn: l.turn,
          conversation_id: l.conversationId ?? null,
          speaker: l.speakerName,
          addressees: (l.addresseeIds ?? (l.addresseeId === null ? [] : [l.addresseeId])).map(name),
          act: l.act ?? null,
          topic: l.topic ?? null,
          text: l.text,
          emotion: l.emotion ?? null,
          ...(l.objectives
            ? { objective: l.objectives.map((o) => ({ id: o.id, text: o.text, progress: o.progress, state: o.state })) }
            : {}),
          ...(l.closes ? { closes: l.closes } : {}),
        }),
      )
      .join('\n') + '\n'
  );
}
