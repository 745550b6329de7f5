/**
 * Relationship watcher: a tiny third-party app that prints every relationship change in an ecosystem
 * as it happens, using only @ensemble/sdk's public surface. Survives dropped connections and server
 * restarts without missing or repeating a change; Ctrl-C to stop.
 *
 *   ENSEMBLE_URL=http://localhost:4000 ENSEMBLE_EMAIL=you@example.com ENSEMBLE_PASSWORD='…' \
 *     npx tsx examples/relationship-watcher.ts <ecosystem-id>
 *
 * Output, one line per change (stdout); connection status goes to stderr:
 *   #12 Ada → Bo: acquaintance, strength 0.18 (+0.18), trust 0.53 (+0.03)
 */
import { createEnsembleClient, isEventOfType, type EnsembleAuth } from '@ensemble/sdk';
import { WebSocket } from 'ws';

const ecosystemId = process.argv[2];
const url = process.env['ENSEMBLE_URL'] ?? 'http://localhost:4000';
const email = process.env['ENSEMBLE_EMAIL'];
const password = process.env['ENSEMBLE_PASSWORD'];
const apiKey = process.env['ENSEMBLE_API_KEY'];
if (ecosystemId === undefined || (apiKey === undefined && (email === undefined || password === undefined))) {
  console.error(
    'usage: ENSEMBLE_EMAIL=… ENSEMBLE_PASSWORD=… (or ENSEMBLE_API_KEY=…) relationship-watcher.ts <ecosystem-id>',
  );
  process.exit(2);
}
const auth: EnsembleAuth = apiKey !== undefined ? { apiKey } : { email: email!, password: password! };

const client = createEnsembleClient({ url, auth, WebSocket });
const ecosystem = client.ecosystem(ecosystemId);
const names = new Map((await ecosystem.characters.list()).map((c) => [c.id, c.name]));
const nameOf = (id: string) => names.get(id) ?? id.slice(0, 8);
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;

ecosystem.events.subscribe({
  onEvent(event) {
    if (isEventOfType(event, 'character_created') || isEventOfType(event, 'character_updated')) {
      names.set(event.data.character.id, event.data.character.name);
    }
    if (isEventOfType(event, 'relationship_changed')) {
      const change = event.data;
      console.log(
        `#${event.seq} ${nameOf(change.from_id)} → ${nameOf(change.to_id)}: ${change.label}, ` +
          `strength ${change.strength.toFixed(2)} (${signed(change.strength_delta)}), ` +
          `trust ${change.trust.toFixed(2)} (${signed(change.trust_delta)})`,
      );
    }
  },
  onStatus(status) {
    console.error(`[${status}]`);
  },
  onError(error) {
    console.error(`stopped: ${error.code}: ${error.message}`);
    process.exitCode = 1;
    client.close();
  },
});

process.once('SIGINT', () => client.close());
process.once('SIGTERM', () => client.close());
