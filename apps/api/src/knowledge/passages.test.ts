import { describe, expect, it } from 'vitest';
import { PASSAGE_MAX_CHARS, PASSAGE_MIN_CHARS, splitIntoPassages } from './passages.ts';
import { reciprocalRankFusion } from './fusion.ts';
import { toAnyWordTsQuery } from './text-query.ts';

const sentence = (i: number) => `Sentence number ${i} tells of the harbour and its boats in some detail.`;

describe('splitIntoPassages', () => {
  it('makes one passage per paragraph, with whitespace collapsed', () => {
    const a =
      'The quay is where the fishing boats unload at dawn, and the gulls follow them in from the sea, screaming over every basket of herring.';
    const b =
      'The lighthouse stands on the northern cliff; its keeper, Old Wen, has not missed a night in forty years, not even the winter the ice came.';
    expect(splitIntoPassages(`${a}\n\n  ${b.replace(' ', '\n')}\r\n\r\n`)).toEqual([a, b]);
  });

  it('joins a short paragraph (a heading) to the next one, and a short tail to the last', () => {
    const body = 'x'.repeat(PASSAGE_MIN_CHARS + 10);
    expect(splitIntoPassages(`History\n\n${body}\n\nThe end.`)).toEqual([`History ${body} The end.`]);
  });

  it('cuts a long paragraph at sentence ends, each piece at most the maximum', () => {
    const paragraph = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ');
    const passages = splitIntoPassages(paragraph);
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p.length).toBeLessThanOrEqual(PASSAGE_MAX_CHARS);
      expect(p.endsWith('detail.')).toBe(true);
    }
    expect(passages.join(' ')).toBe(paragraph);
  });

  it('cuts even a paragraph without sentence ends or spaces', () => {
    const passages = splitIntoPassages('a'.repeat(PASSAGE_MAX_CHARS * 2 + 5));
    expect(passages.map((p) => p.length)).toEqual([PASSAGE_MAX_CHARS, PASSAGE_MAX_CHARS, 5]);
  });

  it('has no passage for empty content', () => {
    expect(splitIntoPassages('  \n\n ')).toEqual([]);
  });
});

describe('reciprocalRankFusion', () => {
  it('ranks an item found by both lists above items found by one, and keeps each rank', () => {
    const fused = reciprocalRankFusion(
      [
        ['a', 'b', 'c'],
        ['d', 'c', 'e'],
      ],
      (x) => x,
    );
    expect(fused[0]).toEqual({ item: 'c', score: 1 / 63 + 1 / 62, ranks: [3, 2] });
    expect(fused.map((f) => f.item)).toEqual(['c', 'a', 'd', 'b', 'e']);
  });
});

describe('toAnyWordTsQuery', () => {
  it('keeps letters and digits only, joined by |', () => {
    expect(toAnyWordTsQuery("Who lit the lanterns? (Mara's) & !bram")).toBe(
      'who | lit | the | lanterns | mara | s | bram',
    );
    expect(toAnyWordTsQuery('  ?!& ')).toBeNull();
  });
});
