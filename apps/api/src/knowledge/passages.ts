/**
 * Documents split into passages, the unit that lore search ranks and returns: paragraphs (blank-line
 * separated), a paragraph longer than PASSAGE_MAX_CHARS cut at sentence ends, and a short paragraph (a
 * heading, a one-liner) joined to the next so no passage is too small to mean anything on its own.
 */

/** A paragraph shorter than this is joined to the next one. */
export const PASSAGE_MIN_CHARS = 120;
/** A paragraph longer than this is cut at sentence ends into pieces of at most this size where possible. */
export const PASSAGE_MAX_CHARS = 900;

/** The passages of a document's content, in order; none for empty content. */
export function splitIntoPassages(content: string): string[] {
  const paragraphs = content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .flatMap(cutLongParagraph);
  const passages: string[] = [];
  let pending = '';
  for (const paragraph of paragraphs) {
    const joined = pending ? `${pending} ${paragraph}` : paragraph;
    if (joined.length < PASSAGE_MIN_CHARS) {
      pending = joined;
      continue;
    }
    passages.push(joined);
    pending = '';
  }
  if (pending) {
    if (passages.length > 0 && passages[passages.length - 1]!.length + pending.length < PASSAGE_MAX_CHARS) {
      passages[passages.length - 1] = `${passages[passages.length - 1]} ${pending}`;
    } else {
      passages.push(pending);
    }
  }
  return passages;
}

function cutLongParagraph(paragraph: string): string[] {
  if (paragraph.length <= PASSAGE_MAX_CHARS) return [paragraph];
  const sentences = paragraph.split(/(?<=[.!?…])\s+/);
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    for (const part of cutWords(sentence)) {
      if (current && current.length + 1 + part.length > PASSAGE_MAX_CHARS) {
        pieces.push(current);
        current = part;
      } else {
        current = current ? `${current} ${part}` : part;
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A sentence longer than the maximum, cut between words (or inside a word longer than the maximum). */
function cutWords(sentence: string): string[] {
  if (sentence.length <= PASSAGE_MAX_CHARS) return [sentence];
  const parts: string[] = [];
  let current = '';
  for (const word of sentence.split(' ')) {
    for (let i = 0; i < word.length; i += PASSAGE_MAX_CHARS) {
      const chunk = word.slice(i, i + PASSAGE_MAX_CHARS);
      if (current && current.length + 1 + chunk.length > PASSAGE_MAX_CHARS) {
        parts.push(current);
        current = chunk;
      } else {
        current = current ? `${current} ${chunk}` : chunk;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** What the embedder reads for a passage: the document's title gives the passage its context. */
export function passageEmbeddingText(title: string, text: string): string {
  return `${title}. ${text}`;
}
