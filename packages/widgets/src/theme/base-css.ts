/** Shared look: widget frame, headings, controls, focus rings, messages. */
export const baseCss = `
.ens-widget {
  box-sizing: border-box;
  font-family: var(--ens-font);
  font-size: 14px;
  line-height: 1.45;
  color: var(--ens-fg);
  background: var(--ens-surface);
  border: 1px solid var(--ens-border);
  border-radius: var(--ens-radius);
  padding: 14px 16px;
  margin: 0;
  min-width: 0;
  container-type: inline-size;
}
.ens-widget *, .ens-widget *::before, .ens-widget *::after { box-sizing: border-box; }
.ens-widget-header {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: 8px 12px; margin-bottom: 10px;
}
.ens-widget-title { font-size: 16px; font-weight: 650; margin: 0; letter-spacing: 0.01em; }
.ens-subtitle { font-size: 13px; font-weight: 650; margin: 14px 0 6px; color: var(--ens-muted); text-transform: uppercase; letter-spacing: 0.05em; }
.ens-empty { color: var(--ens-muted); margin: 8px 0; }
.ens-error { color: var(--ens-negative); margin: 6px 0; font-weight: 500; }
.ens-visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

.ens-button {
  font: inherit; font-weight: 550; color: var(--ens-fg); background: var(--ens-bg);
  border: 1px solid var(--ens-border); border-radius: 8px; padding: 6px 12px; min-height: 34px;
  cursor: pointer;
}
.ens-button:hover:not(:disabled) { border-color: var(--ens-accent); }
.ens-button:disabled { opacity: 0.55; cursor: not-allowed; }
.ens-button--primary { background: var(--ens-accent); color: var(--ens-accent-fg); border-color: var(--ens-accent); }
.ens-button--danger { color: var(--ens-negative); }
.ens-button--icon { min-width: 34px; padding: 4px 8px; font-size: 16px; line-height: 1; }

.ens-input, .ens-select, .ens-textarea {
  font: inherit; color: var(--ens-fg); background: var(--ens-surface);
  border: 1px solid var(--ens-border); border-radius: 8px; padding: 6px 10px; min-height: 34px; max-width: 100%;
}
.ens-textarea { width: 100%; resize: vertical; }
.ens-input[aria-invalid="true"], .ens-textarea[aria-invalid="true"], .ens-select[aria-invalid="true"],
fieldset[aria-invalid="true"] { border-color: var(--ens-negative); }
.ens-field { display: flex; flex-direction: column; gap: 4px; margin: 0 0 12px; border: 0; padding: 0; min-width: 0; }
.ens-field > label, .ens-field > legend { font-weight: 600; padding: 0; }
.ens-field--inline { flex-direction: row; align-items: center; gap: 6px; margin: 0; }
.ens-field--inline > span { color: var(--ens-muted); font-weight: 500; flex: none; }
.ens-field--inline { max-width: 100%; min-width: 0; }
.ens-field--inline > .ens-select, .ens-field--inline > .ens-input { min-width: 0; flex: 0 1 auto; }

.ens-widget :focus-visible, :host :focus-visible {
  outline: 3px solid var(--ens-focus); outline-offset: 2px; border-radius: 4px;
}

.ens-pill, .ens-badge, .ens-status, .ens-chip {
  display: inline-flex; align-items: center; gap: 4px; border-radius: 999px; padding: 1px 9px;
  font-size: 12px; font-weight: 600; white-space: nowrap;
}
.ens-pill { background: var(--ens-bg); border: 1px solid var(--ens-border); color: var(--ens-fg); }
.ens-badge--positive, .ens-chip--positive { background: var(--ens-positive-bg); color: var(--ens-positive); }
.ens-badge--negative, .ens-chip--negative { background: var(--ens-negative-bg); color: var(--ens-negative); }
.ens-swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; flex: none; border: 1px solid var(--ens-node-stroke); }

.ens-connection { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; color: var(--ens-muted); }
.ens-connection-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--ens-muted); }
.ens-connection--open .ens-connection-dot { background: #2f9e5b; box-shadow: 0 0 0 3px color-mix(in srgb, #2f9e5b 25%, transparent); }
.ens-connection--reconnecting .ens-connection-dot, .ens-connection--connecting .ens-connection-dot { background: #e0a42b; }
.ens-connection--closed .ens-connection-dot { background: var(--ens-negative); }

@media (prefers-reduced-motion: no-preference) {
  .ens-energy-fill, .ens-mood-bar-fill { transition: width 400ms ease; }
}
`;
