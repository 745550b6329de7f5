import type { ScenarioStatus } from '../model/views.ts';

export interface ScenarioControlsProps {
  status: ScenarioStatus;
  onPause?: (() => void) | undefined;
  onResume?: (() => void) | undefined;
  onEnd?: (() => void) | undefined;
  /** A control request is in flight: buttons wait. */
  busy?: boolean;
}

/** Pause or resume, and end, a scenario. Only the actions the status allows are offered. */
export function ScenarioControls({ status, onPause, onResume, onEnd, busy = false }: ScenarioControlsProps) {
  if (status === 'ended') return null;
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
        <button type="button" className="ens-button ens-button--danger" onClick={onEnd} disabled={busy}>
          End
        </button>
      )}
    </div>
  );
}
