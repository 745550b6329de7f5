import { useState } from 'react';
import type { ScenarioStatus } from '../model/views.ts';

export interface ScenarioControlsProps {
  status: ScenarioStatus;
  onPause?: (() => void) | undefined;
  onResume?: (() => void) | undefined;
  onEnd?: (() => void) | undefined;
  /** A control request is in flight: buttons wait. */
  busy?: boolean;
}

/**
 * Pause or resume, and end, a scenario. Only the actions the status allows are offered; ending (which
 * cannot be undone) asks first.
 */
export function ScenarioControls({ status, onPause, onResume, onEnd, busy = false }: ScenarioControlsProps) {
  const [confirming, setConfirming] = useState(false);
  if (status === 'ended') return null;
  if (confirming && onEnd) {
    return (
      <div className="ens-controls" role="group" aria-label="End the scenario?">
        <span className="ens-confirm-text">End it for everyone?</span>
        <button
          type="button"
          className="ens-button ens-button--danger"
          disabled={busy}
          onClick={() => {
            setConfirming(false);
            onEnd();
          }}
        >
          Yes, end it
        </button>
        <button type="button" className="ens-button" onClick={() => setConfirming(false)}>
          Keep it going
        </button>
      </div>
    );
  }
  return (
    <div className="ens-controls" role="group" aria-label="Scenario controls">
      {status === 'running' && onPause && (
        <button type="button" className="ens-button" onClick={onPause} disabled={busy}>
          Pause
        </button>
      )}
      {status === 'paused' && onResume && (
        <button type="button" className="ens-button ens-button--primary" onClick={onResume} disabled={busy}>
          Resume
        </button>
      )}
      {onEnd && (
        <button
          type="button"
          className="ens-button ens-button--danger"
          onClick={() => setConfirming(true)}
          disabled={busy}
        >
          End
        </button>
      )}
    </div>
  );
}
