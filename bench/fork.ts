/**
 * Time to fork an ecosystem of 50 characters with 10,000 events (POST /api/v1/ecosystems/{id}/fork on a real
 * API process over PostgreSQL). The history is a headless scenario run in core (bench/replay-state.ts), written
 * into the API's database directly; the fork replays it (no checkpoint yet, then with checkpoints) and writes
 * the branch: 50 characters, their relationships, and a creation event for each.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/fork.ts     # EVENTS=10000 CHARACTERS=50
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createScratchDatabase, signUp, startApi } from '@ensemble/api/testing';
import { history } from './replay-state.ts';

const EVENTS = Number(process.env.EVENTS ?? 10_000);
const CHARACTERS = Number(process.env.CHARACTERS ?? 50);

async function main(): Promise<void> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('bench/fork.ts needs DATABASE_URL (PostgreSQL)');
  const scratch = await createScratchDatabase(baseUrl);
  const api = await startApi({ databaseUrl: scratch.url });
  try {
    const signed = await signUp(api.url, 'forker');
    signed.close();
    const auth = { authorization: `Bearer ${signed.session.accessToken}`, 'content-type': 'application/json' };
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${api.url}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };
    const eco = await post('/api/v1/ecosystems', { name: 'Fork bench' });
    const ecosystemId = String(eco['id']);
    const events = (await history(EVENTS, CHARACTERS)).slice(0, EVENTS);
    const db = new pg.Client({ connectionString: scratch.url });
    await db.connect();
    for (let i = 0; i < events.length; i += 1000) {
      const rows = events.slice(i, i + 1000);
      const values: unknown[] = [];
      const tuples = rows.map((e, j) => {
        values.push(
          ecosystemId,
          e.seq,
          randomUUID(),
          e.type,
          e.timestamp,
          Date.parse(e.timestamp),
          JSON.stringify(e.data),
        );
        const k = j * 7;
        return `($${k + 1}, $${k + 2}, $${k + 3}, $${k + 4}, $${k + 5}, $${k + 6}, $${k + 7}::jsonb)`;
      });
      await db.query(
        `INSERT INTO events (ecosystem_id, seq, id, type, timestamp, created_at, data) VALUES ${tuples.join(', ')}`,
        values,
      );
    }
    await db.query('UPDATE ecosystems SET last_seq = $1 WHERE id = $2', [events.length, ecosystemId]);
    await db.end();

    const timed = async (label: string) => {
      const start = performance.now();
      const branch = await post(`/api/v1/ecosystems/${ecosystemId}/fork`, {});
      const ms = performance.now() - start;
      const state = (await (
        await fetch(`${api.url}/api/v1/ecosystems/${String((branch['ecosystem'] as { id: string }).id)}/state`, {
          headers: auth,
        })
      ).json()) as { characters: unknown[]; relationships: unknown[] };
      console.log(
        `${label}: ${ms.toFixed(0)} ms (branch: ${state.characters.length} characters, ${state.relationships.length} relationships)`,
      );
    };
    console.log(`store: postgres; parent: ${CHARACTERS} characters, ${events.length} events`);
    await timed('fork at the newest seq, first replay of the log');
    await timed('fork again, from checkpoints');
  } finally {
    await api.stop();
    await scratch.drop();
  }
}

await main();
