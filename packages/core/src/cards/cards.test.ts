import { describe, expect, it } from 'vitest';
import { CARD_FIXTURES, V2_FULL, V3_FULL } from '../../testing/index.ts';
import { EngineError } from '../errors.ts';
import {
  CARD_MAX_BYTES,
  PLACEHOLDER_PNG_BASE64,
  base64ToBytes,
  bytesToBase64,
  cardFromBytes,
  cardFromJson,
  cardFromJsonText,
  cardJson,
  cardPng,
  exportCard,
  inferBigFive,
  readPngChunks,
  readTextChunk,
  textChunk,
  writePngChunks,
  type CardObject,
  type ImportedCard,
} from './index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const exported = (imported: ImportedCard) => exportCard({ ...imported, card: imported.card });

/** A PNG as another tool writes it: the placeholder picture with the given tEXt chunks before IEND. */
function pngWith(...texts: [string, string][]): Uint8Array {
  const chunks = readPngChunks(base64ToBytes(PLACEHOLDER_PNG_BASE64, 'fixture'));
  const end = chunks.length - 1;
  return writePngChunks([...chunks.slice(0, end), ...texts.map(([k, t]) => textChunk(k, t)), chunks[end]!]);
}
const b64json = (value: unknown) => bytesToBase64(utf8(JSON.stringify(value)));

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
  throw new Error('did not throw');
}

describe('character cards', () => {
  it.each(Object.entries(CARD_FIXTURES))('imports the %s fixture, mapping its fields', (_name, fixture) => {
    const imported = cardFromJsonText(JSON.stringify(fixture));
    expect(imported.spec).toBe(fixture.spec);
    expect(imported.name).toBe(fixture.data.name);
    expect(imported.description).toBe(fixture.data.description);
    expect(imported.text).toEqual({
      personality: fixture.data.personality,
      scenario: fixture.data.scenario,
      firstMessage: fixture.data.first_mes,
      exampleDialogue: fixture.data.mes_example,
    });
    expect(imported.personalitySource).toBe('inferred');
  });

  it('imports cards that leave out the fields other tools leave out (only name)', () => {
    const imported = cardFromJson({ spec: 'chara_card_v3', spec_version: '3.0', data: { name: 'Solo' } });
    expect(imported).toMatchObject({ name: 'Solo', description: '', text: { firstMessage: '' } });
  });

  it('infers Big Five from the card text by the documented word rule', () => {
    // curious×2 imaginative creative → O 0.9; talkative → E 0.6; kind×2 warm → A 0.8; anxious×2 → N 0.7.
    expect(cardFromJson(V2_FULL).personality).toEqual({
      openness: 0.9,
      conscientiousness: 0.5,
      extraversion: 0.6,
      agreeableness: 0.8,
      neuroticism: 0.7,
    });
    // organized disciplined → C 0.7; quiet reserved shy → E 0.2; stubborn×2 rude cold → A 0.1; confident calm → N 0.3.
    expect(cardFromJson(V3_FULL).personality).toEqual({
      openness: 0.5,
      conscientiousness: 0.7,
      extraversion: 0.2,
      agreeableness: 0.1,
      neuroticism: 0.3,
    });
    expect(inferBigFive('', '')).toEqual({
      openness: 0.5,
      conscientiousness: 0.5,
      extraversion: 0.5,
      agreeableness: 0.5,
      neuroticism: 0.5,
    });
    expect(inferBigFive('kind kind kind kind kind kind kind', '').agreeableness).toBe(0.9);
  });

  it.each(Object.entries(CARD_FIXTURES))(
    '%s: export → import → export is byte-stable JSON and keeps every field of the card',
    (_name, fixture) => {
      const first = cardJson(exported(cardFromJson(fixture)));
      const again = cardFromJsonText(first);
      expect(again.personalitySource).toBe('extension');
      const second = cardJson(exported(again));
      expect(second).toBe(first);
      const parsed = JSON.parse(first) as CardObject;
      const { ensemble, ...otherExtensions } = (parsed.data['extensions'] ?? {}) as Record<string, unknown>;
      expect(ensemble).toMatchObject({ version: 1, personality: again.personality });
      expect({ ...parsed, data: { ...parsed.data, extensions: otherExtensions } }).toEqual(fixture);
    },
  );

  it.each(Object.entries(CARD_FIXTURES))('%s: export → import → export is field-stable as PNG', (_name, fixture) => {
    const card = exported(cardFromJson(fixture));
    const png = cardPng(card, null);
    const imported = cardFromBytes(png);
    expect(imported.card).toEqual(card);
    const png2 = cardPng(exported(imported), imported.imageBase64);
    expect(cardFromBytes(png2).card).toEqual(card);
    const keywords = readPngChunks(png2)
      .filter((c) => c.type === 'tEXt')
      .map((c) => readTextChunk(c.data)?.keyword);
    expect(keywords).toEqual(fixture.spec === 'chara_card_v3' ? ['chara', 'ccv3'] : ['chara']);
  });

  it('reads PNGs written by other tools: chara alone (V2), and ccv3 in preference to chara', () => {
    expect(cardFromBytes(pngWith(['chara', b64json(V2_FULL)])).card).toEqual(V2_FULL);
    const both = cardFromBytes(pngWith(['chara', b64json(V2_FULL)], ['ccv3', b64json(V3_FULL)]));
    expect(both.card).toEqual(V3_FULL);
    expect(both.imageBase64).toBe(PLACEHOLDER_PNG_BASE64);
  });

  it('writes a fresh card for a character made in Ensemble, V3 by default, V2 when asked', () => {
    const source = {
      name: 'Nell',
      description: 'A baker.',
      personality: inferBigFive('', ''),
      card: null,
    };
    const v3 = exportCard(source);
    expect(v3).toMatchObject({
      spec: 'chara_card_v3',
      spec_version: '3.0',
      data: { name: 'Nell', group_only_greetings: [] },
    });
    expect(cardFromJson(v3).personalitySource).toBe('extension');
    const v2 = exportCard({ ...source, card: V3_FULL as unknown as CardObject }, 'chara_card_v2');
    expect(v2.spec).toBe('chara_card_v2');
    expect(v2.data).not.toHaveProperty('assets');
    expect(v2.data).not.toHaveProperty('group_only_greetings');
    expect(v2.data['name']).toBe('Nell');
  });

  it('refuses malformed, oversized, badly encoded cards and PNG bombs with their codes', () => {
    expect(codeOf(() => cardFromJsonText('{"spec":'))).toBe('card_malformed');
    expect(codeOf(() => cardFromJson([]))).toBe('card_malformed');
    expect(codeOf(() => cardFromJson({ spec: 'chara_card_v2', spec_version: '2.0', data: { name: '' } }))).toBe(
      'card_malformed',
    );
    expect(
      codeOf(() => cardFromJson({ spec: 'chara_card_v2', spec_version: '2.0', data: { name: 'A', tags: 'x' } })),
    ).toBe('card_malformed');
    expect(codeOf(() => cardFromJson({ name: 'V1 card' }))).toBe('card_unsupported_spec');
    expect(codeOf(() => cardFromBytes(new Uint8Array(CARD_MAX_BYTES + 1)))).toBe('card_too_large');
    expect(codeOf(() => cardFromBytes(pngWith(['chara', 'not base64!'])))).toBe('card_bad_base64');
    expect(codeOf(() => cardFromBytes(pngWith(['chara', btoa('{nope')])))).toBe('card_malformed');
    expect(codeOf(() => cardFromBytes(pngWith(['Title', 'hello'])))).toBe('card_png_no_card');
    const good = pngWith(['chara', b64json(V2_FULL)]);
    expect(codeOf(() => cardFromBytes(good.subarray(0, good.length - 20)))).toBe('card_png_malformed');
    const flipped = good.slice();
    flipped[40] = flipped[40]! ^ 0xff;
    expect(codeOf(() => cardFromBytes(flipped))).toBe('card_png_malformed');
    // A bomb: a valid header (right CRC) declaring 100,000 × 100,000 pixels.
    const chunks = readPngChunks(good);
    const header = chunks[0]!.data.slice();
    new DataView(header.buffer).setUint32(0, 100_000);
    new DataView(header.buffer).setUint32(4, 100_000);
    const bomb = writePngChunks([{ type: 'IHDR', data: header }, ...chunks.slice(1)]);
    expect(codeOf(() => cardFromBytes(bomb))).toBe('card_image_too_large');
  });

  it('cuts a long description to the field limit at a word, keeping the whole text in the card', () => {
    const long = 'word '.repeat(600).trim();
    const imported = cardFromJson({
      spec: 'chara_card_v2',
      spec_version: '2.0',
      data: { name: 'L', description: long },
    });
    expect(imported.description.length).toBeLessThanOrEqual(2000);
    expect(imported.description.endsWith('word')).toBe(true);
    expect(exported(imported).data['description']).toBe(long);
  });
});
