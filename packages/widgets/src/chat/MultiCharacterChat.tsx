import type { ConnectionStatus } from '@ensemble/sdk';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { ConnectionBadge } from '../connected/ConnectionBadge.tsx';
import type { ChatLineView, ParticipantView, ScenarioView } from '../model/views.ts';
import { ParticipantList } from '../participants/ParticipantList.tsx';
import { ChatMessage } from './ChatMessage.tsx';
import { InterventionPanel, type InterventionInput } from './InterventionPanel.tsx';
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
  const stick = useRef(true);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (autoScroll && el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lines.length, autoScroll]);

  const changeMode = (next: ChatMode) => {
    if (props.mode === undefined) setOwnMode(next);
    props.onModeChange?.(next);
  };
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
          <ol
            ref={scroller}
            className="ens-chat-messages"
            aria-label="Transcript"
            tabIndex={0}
            onScroll={(e) => {
              const el = e.currentTarget;
              stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_TO_BOTTOM_PX;
            }}
          >
            {lines.length === 0 && <li className="ens-empty">Nothing has been said yet.</li>}
            {lines.map((line, i) => (
              <ChatMessage key={`${line.seq}:${line.kind}:${line.speakerId ?? 'user'}:${i}`} line={line} />
            ))}
          </ol>
          {mode === 'participant' && props.onIntervene && (
            <InterventionPanel
              participants={participants}
              onSend={props.onIntervene}
              userName={props.userName}
              disabled={ended}
            />
          )}
        </div>
      </div>
    </section>
  );
}
