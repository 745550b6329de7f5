import type { ConnectionStatus } from '@ensemble/sdk';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ConnectionBadge } from '../connected/ConnectionBadge.tsx';
import type { ChatLineView, ParticipantView, ScenarioView } from '../model/views.ts';
import { ParticipantList } from '../participants/ParticipantList.tsx';
import { ChatMessage } from './ChatMessage.tsx';
import { InterventionPanel, type InterventionInput } from './InterventionPanel.tsx';
import { useNow } from './use-now.ts';
import { ModeToggle, type ChatMode } from './ModeToggle.tsx';
import { ScenarioControls } from './ScenarioControls.tsx';

export interface MultiCharacterChatProps {
  /** The scenario being shown; null while it loads. */
  scenario: ScenarioView | null;
  /** What was said, oldest first. */
  lines: readonly ChatLineView[];
  participants: readonly ParticipantView[];
  /** Controlled mode; leave undefined to let the chat keep its own (starting at `defaultMode`). */
  mode?: ChatMode;
  /** @default 'observer' */
  defaultMode?: ChatMode;
  onModeChange?: (mode: ChatMode) => void;
  /** Sends a visitor's message; required for participant mode. */
  onIntervene?: (input: InterventionInput) => Promise<unknown> | void;
  onPause?: () => Promise<unknown> | void;
  onResume?: () => Promise<unknown> | void;
  onEnd?: () => Promise<unknown> | void;
  /** How the characters address the visitor. */
  userName?: string;
  /** Keep the newest line in view while the reader is at the bottom. @default true */
  autoScroll?: boolean;
  /** A problem to show above the transcript (e.g. a failed control request). */
  error?: string | null;
  /** Live connection state, shown in the header when given. */
  status?: ConnectionStatus | undefined;
  /** Lines a language model is writing right now, shown typing in at the bottom. */
  typing?: readonly TypingLineView[];
}

/** A line still being written (from the API's line deltas). */
export interface TypingLineView {
  lineId: string;
  speakerName: string;
  text: string;
}

/** A message the visitor sent that the transcript has not shown yet. */
interface PendingLine {
  key: number;
  text: string;
  to: string | null;
  /** How many lines the transcript had when it was sent: only a later line can be it. */
  after: number;
}

/** Seconds until a running scenario's first turn (its speed is turns per minute), or null when unknown. */
export function secondsToFirstLine(scenario: ScenarioView | null, now: number): number | null {
  if (scenario === null || scenario.status !== 'running' || scenario.turn > 0) return null;
  if (scenario.speed === undefined || scenario.startedAt === undefined || scenario.speed <= 0) return null;
  const due = scenario.startedAt + 60_000 / scenario.speed;
  return Math.max(1, Math.ceil((due - now) / 1000));
}

/** Reader's distance from the bottom under which new lines scroll into view, px. */
const STICK_TO_BOTTOM_PX = 48;

const STATUS_WORDS = { running: 'Running', paused: 'Paused', ended: 'Ended' } as const;

/** A scenario's transcript with its participants, observer/participant mode and scenario controls. */
export function MultiCharacterChat(props: MultiCharacterChatProps) {
  const { scenario, lines, participants, autoScroll = true } = props;
  const [ownMode, setOwnMode] = useState<ChatMode>(props.defaultMode ?? 'observer');
  const mode = props.mode ?? ownMode;
  const [busy, setBusy] = useState(false);
  const [controlError, setControlError] = useState<string | null>(null);
  const heading = useId();
  const scroller = useRef<HTMLOListElement | null>(null);
  const composer = useRef<HTMLDivElement | null>(null);
  const stick = useRef(true);
  const [unseen, setUnseen] = useState(0);
  const [pending, setPending] = useState<readonly PendingLine[]>([]);
  const pendingKey = useRef(0);
  const seenCount = useRef(lines.length);
  const typing = props.typing ?? [];
  const typed = typing.map((t) => t.text.length).join(',');
  const now = useNow(secondsToFirstLine(scenario, Date.now()) !== null && lines.length === 0);
  const firstLineIn = lines.length === 0 ? secondsToFirstLine(scenario, now) : null;

  // New lines: follow them while the reader is at the bottom; otherwise count them for "N new lines".
  useLayoutEffect(() => {
    const el = scroller.current;
    const added = Math.max(0, lines.length - seenCount.current);
    seenCount.current = lines.length;
    if (!autoScroll || !el) return;
    if (stick.current) el.scrollTop = el.scrollHeight;
    else if (added > 0) setUnseen((n) => n + added);
  }, [lines, autoScroll, pending, typed]);

  // A sent message leaves the pending list once the transcript shows it.
  useEffect(() => {
    setPending((current) =>
      current.filter((p) => !lines.slice(p.after).some((l) => l.kind === 'user' && l.text === p.text)),
    );
  }, [lines]);

  const toBottom = () => {
    const el = scroller.current;
    stick.current = true;
    setUnseen(0);
    if (el) el.scrollTop = el.scrollHeight;
  };
  const send = props.onIntervene
    ? async (input: InterventionInput) => {
        pendingKey.current += 1;
        const line: PendingLine = {
          key: pendingKey.current,
          text: input.message,
          to: participants.find((p) => p.id === input.targetCharacterId)?.name ?? null,
          after: lines.length,
        };
        setPending((current) => [...current, line]);
        toBottom();
        try {
          await props.onIntervene?.(input);
        } catch (caught) {
          setPending((current) => current.filter((p) => p.key !== line.key));
          throw caught;
        }
      }
    : undefined;

  const changeMode = (next: ChatMode) => {
    if (props.mode === undefined) setOwnMode(next);
    props.onModeChange?.(next);
  };
  // Taking part brings the composer into view, without scrolling the header further than needed.
  useEffect(() => {
    if (mode === 'participant') composer.current?.scrollIntoView?.({ block: 'nearest' });
  }, [mode]);
  const control = (action: (() => Promise<unknown> | void) | undefined) =>
    action &&
    (async () => {
      setBusy(true);
      setControlError(null);
      try {
        await action();
      } catch (caught) {
        setControlError(caught instanceof Error ? caught.message : 'That did not work.');
      } finally {
        setBusy(false);
      }
    });
  const ended = scenario?.status === 'ended';
  const error = props.error ?? controlError;

  return (
    <section className="ens-widget ens-chat" aria-labelledby={heading}>
      <header className="ens-widget-header ens-chat-header">
        <div className="ens-chat-heading">
          <h2 className="ens-widget-title" id={heading}>
            {scenario?.title ?? 'Scenario'}
          </h2>
          {scenario && (
            <p className="ens-chat-sub">
              <span className={`ens-status ens-status--${scenario.status}`}>{STATUS_WORDS[scenario.status]}</span>
              <span className="ens-pill">{scenario.mood}</span>
              <span>turn {scenario.turn}</span>
              {scenario.setting && <span className="ens-chat-setting">{scenario.setting}</span>}
            </p>
          )}
        </div>
        <div className="ens-chat-actions">
          {props.status && <ConnectionBadge status={props.status} />}
          {props.onIntervene && <ModeToggle mode={mode} onChange={changeMode} />}
          {scenario && (
            <ScenarioControls
              status={scenario.status}
              busy={busy}
              onPause={control(props.onPause)}
              onResume={control(props.onResume)}
              onEnd={control(props.onEnd)}
            />
          )}
        </div>
      </header>
      {error && (
        <p className="ens-error" role="alert">
          {error}
        </p>
      )}
      <div className="ens-chat-layout">
        <ParticipantList participants={participants} />
        <div className="ens-chat-main">
          <div className="ens-chat-scroll">
            <ol
              ref={scroller}
              className="ens-chat-messages"
              aria-label="Transcript"
              tabIndex={0}
              onScroll={(e) => {
                const el = e.currentTarget;
                stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_TO_BOTTOM_PX;
                if (stick.current) setUnseen(0);
              }}
            >
              {lines.length === 0 && pending.length === 0 && (
                <li className="ens-empty" data-testid="chat-waiting">
                  {firstLineIn !== null
                    ? `The scene is setting up: the first line in about ${firstLineIn} s.`
                    : scenario?.status === 'running'
                      ? 'The scene is setting up: the first line comes shortly.'
                      : 'Nothing has been said yet.'}
                </li>
              )}
              {lines.map((line, i) => (
                <ChatMessage key={`${line.seq}:${line.kind}:${line.speakerId ?? 'user'}:${i}`} line={line} />
              ))}
              {pending.map((p) => (
                <li key={`pending-${p.key}`} className="ens-message ens-message--user ens-message--pending">
                  <div className="ens-message-meta">
                    <span className="ens-message-speaker">{props.userName ?? 'You'}</span>
                    <span className="ens-message-to">{p.to === null ? 'to everyone' : `to ${p.to}`}</span>
                    <span className="ens-message-turn">sending…</span>
                  </div>
                  <p className="ens-message-text">{p.text}</p>
                </li>
              ))}
              {typing.map((t) => (
                <li key={`typing-${t.lineId}`} className="ens-message ens-message--typing" aria-busy="true">
                  <div className="ens-message-meta">
                    <span className="ens-message-speaker">{t.speakerName}</span>
                    <span className="ens-message-turn">typing…</span>
                  </div>
                  <p className="ens-message-text">{t.text}</p>
                </li>
              ))}
            </ol>
            {unseen > 0 && (
              <button type="button" className="ens-button ens-chat-unseen" onClick={toBottom}>
                {unseen === 1 ? '1 new line' : `${unseen} new lines`} ↓
              </button>
            )}
          </div>
          {mode === 'participant' && send && (
            <div ref={composer} className="ens-chat-composer">
              <InterventionPanel participants={participants} onSend={send} userName={props.userName} disabled={ended} />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
