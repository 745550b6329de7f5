import { useId, useState, type KeyboardEvent } from 'react';
import type { ParticipantView } from '../model/views.ts';

/** What a visitor says into a scenario: to everyone (target null) or to one character. */
export interface InterventionInput {
  message: string;
  targetCharacterId: string | null;
  userName?: string;
}

export interface InterventionPanelProps {
  participants: readonly Pick<ParticipantView, 'id' | 'name'>[];
  onSend: (input: InterventionInput) => Promise<unknown> | void;
  /** How characters address the visitor; the account's name when omitted. */
  userName?: string | undefined;
  disabled?: boolean;
}

/** Longest message the API accepts (core's INTERVENTION_LIMITS.messageMaxChars). */
export const MESSAGE_MAX_CHARS = 2000;

/** The visitor's message box: recipient (everyone or one character), message, send. */
export function InterventionPanel({ participants, onSend, userName, disabled = false }: InterventionPanelProps) {
  const [message, setMessage] = useState('');
  const [target, setTarget] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { to: useId(), message: useId(), error: useId() };

  const send = async (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    const text = message.trim();
    if (!text) {
      setError('Write a message first.');
      return;
    }
    setSending(true);
    setError(null);
    try {
      await onSend({ message: text, targetCharacterId: target || null, ...(userName ? { userName } : {}) });
      setMessage('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The message could not be sent.');
    } finally {
      setSending(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) void send(event);
  };

  return (
    <form className="ens-intervention" onSubmit={(e) => void send(e)} aria-label="Speak into the scene">
      <label className="ens-field ens-field--inline" htmlFor={ids.to}>
        <span>To</span>
        <select
          id={ids.to}
          className="ens-select"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          disabled={disabled}
        >
          <option value="">Everyone</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} (direct message)
            </option>
          ))}
        </select>
      </label>
      <label className="ens-field" htmlFor={ids.message}>
        <span className="ens-visually-hidden">Message</span>
        <textarea
          id={ids.message}
          className="ens-textarea"
          rows={2}
          maxLength={MESSAGE_MAX_CHARS}
          placeholder={target ? 'Say something to them…' : 'Say something to everyone…'}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={onKeyDown}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby={error ? ids.error : undefined}
        />
      </label>
      <div className="ens-intervention-actions">
        {message.length > MESSAGE_MAX_CHARS * 0.8 && (
          <p className="ens-count" aria-live="polite">
            {message.length} / {MESSAGE_MAX_CHARS} characters
          </p>
        )}
        {error && (
          <p className="ens-error" id={ids.error} role="alert">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="ens-button ens-button--primary"
          disabled={disabled || sending || !message.trim()}
        >
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
