import type { LiveConnection } from './connection.ts';

/**
 * A piece of a line a language model is writing right now: live only, never stored or replayed. Pieces of
 * one line share `lineId`; the finished line arrives later as an ordinary event (or a template line in its
 * place if the model failed), so a viewer drops the typing line when the speaker's line event comes.
 */
export interface LineDelta {
  type: 'line_delta';
  ecosystemId: string;
  lineId: string;
  speakerId: string;
  /** The text that arrived since the previous piece of this line. */
  text: string;
}

/**
 * Calls `listener` with each line delta of the ecosystem until the returned function is called. Best
 * effort: it follows the live connection to a new socket on token renewal, and says nothing when there is
 * no WebSocket (the events still carry every line).
 */
export function followLineDeltas(
  connection: LiveConnection,
  ecosystemId: string,
  listener: (delta: LineDelta) => void,
): () => void {
  let stopped = false;
  let stop: (() => void) | null = null;
  const open = () => {
    stop?.();
    stop = null;
    if (stopped) return;
    let socket;
    try {
      socket = connection.socket();
    } catch {
      return;
    }
    const release = socket.hold();
    const subscription = socket.trpc.events.onLineDelta.subscribe(
      { ecosystemId },
      { onData: (delta) => listener(delta as LineDelta), onError: () => undefined },
    );
    stop = () => {
      subscription.unsubscribe();
      release();
    };
  };
  const offRenew = connection.onRenew(open);
  open();
  return () => {
    stopped = true;
    offRenew();
    stop?.();
    stop = null;
  };
}
