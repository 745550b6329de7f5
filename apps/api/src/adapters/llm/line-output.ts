/** What a model's answer holds: the line, and optionally what it says of its act, emotion and topic. */
interface LineOutput {
  line: string;
  act: string | null;
  emotion: string | null;
  topic: string | null;
}

/** The JSON schema asked for through `response_format`, where the server supports it. */
export const LINE_OUTPUT_SCHEMA = {
  name: 'character_line',
  schema: {
    type: 'object',
    properties: {
      line: { type: 'string', description: 'What the character says, in plain words.' },
      act: { type: 'string' },
      emotion: { type: 'string' },
      topic: { type: 'string' },
    },
    required: ['line', 'act', 'emotion', 'topic'],
    additionalProperties: false,
  },
} as const;

/**
 * Reads an answer leniently: the schema's JSON object (also inside a code fence), or else the text itself
 * as the line. Null when nothing usable is left.
 */
export function parseLineOutput(raw: string): LineOutput | null {
  const text = raw
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '')
    .trim();
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      if (typeof parsed['line'] !== 'string') return null;
      return {
        line: parsed['line'],
        act: stringOrNull(parsed['act']),
        emotion: stringOrNull(parsed['emotion']),
        topic: stringOrNull(parsed['topic']),
      };
    } catch {
      return null;
    }
  }
  return text === '' ? null : { line: text, act: null, emotion: null, topic: null };
}

/**
 * The line as a character may say it: plain text on one line, without markup (tags, markdown emphasis,
 * code marks, a leading "Name:"), without wrapping quotes. Null when empty or longer than `maxChars`
 * (a line cut short would read wrong; the caller falls back instead).
 */
export function plainLine(line: string, maxChars: number, speakerName: string): string | null {
  let text = line
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*_`#~]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const prefix = `${speakerName}:`;
  if (speakerName !== '' && text.toLowerCase().startsWith(prefix.toLowerCase()))
    text = text.slice(prefix.length).trim();
  if (/^["“].*["”]$/.test(text) && text.length > 1) text = text.slice(1, -1).trim();
  if (text === '' || text.length > maxChars) return null;
  return text;
}

/**
 * The `line` of a JSON answer still being streamed, as far as it has arrived (plain-text answers are the
 * line themselves), so viewers see words rather than JSON.
 */
export function partialLine(raw: string): string {
  const text = raw.trimStart();
  if (!text.startsWith('{') && !text.startsWith('```')) return text;
  const start = /"line"\s*:\s*"/.exec(text);
  if (!start) return '';
  let out = '';
  for (let i = start.index + start[0].length; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') break;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) break;
      out += next === 'n' ? ' ' : next === 'u' ? '' : next;
      i += next === 'u' ? 5 : 1;
      continue;
    }
    out += c;
  }
  return out;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
