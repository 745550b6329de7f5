import type { ConnectionStatus } from '@ensemble/sdk';

/** How the header names each state of the live connection, with a hint for the tooltip. */
export const CONNECTION_WORDS: Readonly<Record<ConnectionStatus, { label: string; hint: string }>> = {
  idle: { label: 'Standby', hint: 'The live connection opens when you watch an ecosystem.' },
  connecting: { label: 'Connecting…', hint: 'Opening the live connection.' },
  open: { label: 'Live', hint: 'Connected: changes appear as they happen.' },
  reconnecting: { label: 'Reconnecting…', hint: 'The connection dropped. Retrying; nothing will be missed.' },
  closed: { label: 'Offline', hint: 'Not connected.' },
};
