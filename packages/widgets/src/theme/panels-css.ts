/** Feed, stats, participants, chat, timeline and director. */
export const panelsCss = `
.ens-feed-filters { display: flex; flex-wrap: wrap; gap: 8px 14px; max-width: 100%; min-width: 0; }
.ens-feed-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.ens-feed-item {
  display: grid; grid-template-columns: 10px 1fr auto; gap: 10px; align-items: start;
  padding: 8px 2px; border-top: 1px solid var(--ens-border);
}
.ens-feed-item:first-child { border-top: 0; }
.ens-feed-dot { width: 10px; height: 10px; border-radius: 50%; margin-top: 5px; background: var(--ens-muted); }
.ens-feed-item--interactions .ens-feed-dot { background: #3b82c4; }
.ens-feed-item--relationships .ens-feed-dot { background: #2f9e5b; }
.ens-feed-item--moods .ens-feed-dot { background: #f0a431; }
.ens-feed-item--scenarios .ens-feed-dot { background: #9a6bd0; }
.ens-feed-item--visitors .ens-feed-dot { background: #d9534f; }
.ens-feed-body { min-width: 0; }
.ens-feed-sentence { margin: 0; font-weight: 550; overflow-wrap: anywhere; }
.ens-feed-detail {
  margin: 2px 0 0; color: var(--ens-muted); overflow: hidden; text-overflow: ellipsis;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
}
.ens-feed-time { color: var(--ens-muted); font-size: 12px; white-space: nowrap; }
.ens-feed-causes { list-style: none; margin: 3px 0 0; padding: 0; font-size: 12.5px; color: var(--ens-muted); }
.ens-feed-causes ul { list-style: none; margin: 2px 0 0; padding: 0; }
.ens-feed-causes summary { cursor: pointer; }
.ens-feed-item--quiet .ens-feed-sentence { font-weight: 450; color: var(--ens-muted); }

.ens-stat-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px; margin: 0; }
.ens-stat { background: var(--ens-bg); border-radius: 8px; padding: 10px 12px; }
.ens-stat dt { color: var(--ens-muted); font-size: 12px; font-weight: 600; overflow-wrap: break-word; }
.ens-stat dd { margin: 2px 0 0; display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.ens-stat--wide { grid-column: 1 / -1; }
.ens-stat--wide dd { flex-wrap: nowrap; }
.ens-stat-value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.ens-stat-note { color: var(--ens-muted); font-size: 12px; }
.ens-sparkline { align-self: center; flex: 1 1 auto; min-width: 0; width: 100%; max-width: 320px; height: auto; }
.ens-sparkline-line { stroke: var(--ens-accent); stroke-width: 2; stroke-linejoin: round; }
.ens-sparkline-base { stroke: var(--ens-border); }
.ens-sparkline-dot { fill: var(--ens-accent); }
.ens-mood-bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 5px; }
.ens-mood-bar { display: grid; grid-template-columns: 84px 1fr 28px; gap: 8px; align-items: center; font-size: 13px; }
.ens-mood-bar-track { height: 10px; background: var(--ens-bg); border-radius: 5px; overflow: hidden; }
.ens-mood-bar-fill { display: block; height: 100%; border-radius: 5px; }
.ens-mood-bar-count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }

.ens-participant-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.ens-participant-head { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.ens-participant-name { font-weight: 650; }
.ens-participant-mood { color: var(--ens-muted); font-size: 12px; }
.ens-participant--inactive { opacity: 0.6; }
.ens-energy { height: 6px; border-radius: 3px; background: var(--ens-bg); border: 1px solid var(--ens-border); overflow: hidden; margin-top: 4px; }
.ens-energy-fill { display: block; height: 100%; background: #2f9e5b; }
.ens-energy-fill--low { background: #d9534f; }

.ens-chat-heading { min-width: 0; }
.ens-chat-sub { margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; color: var(--ens-muted); font-size: 13px; }
.ens-chat-setting { overflow-wrap: anywhere; }
.ens-chat-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.ens-status--running { background: var(--ens-positive-bg); color: var(--ens-positive); }
.ens-status--paused { background: var(--ens-bg); color: var(--ens-fg); border: 1px solid var(--ens-border); }
.ens-status--ended { background: var(--ens-negative-bg); color: var(--ens-negative); }
.ens-toggle { display: inline-flex; border: 1px solid var(--ens-border); border-radius: 8px; overflow: hidden; }
.ens-toggle-option { font: inherit; font-weight: 600; border: 0; padding: 6px 12px; min-height: 34px; background: var(--ens-surface); color: var(--ens-fg); cursor: pointer; }
.ens-toggle-option[aria-pressed="true"] { background: var(--ens-accent); color: var(--ens-accent-fg); }
.ens-controls { display: inline-flex; gap: 6px; }
.ens-chat-layout { display: grid; grid-template-columns: minmax(150px, 200px) 1fr; gap: 16px; }
.ens-chat-main { display: flex; flex-direction: column; gap: 10px; min-width: 0; }
.ens-chat-scroll { position: relative; min-width: 0; }
.ens-chat-messages {
  list-style: none; margin: 0; padding: 4px 6px 4px 0; display: flex; flex-direction: column; gap: 10px;
  max-height: min(460px, 55vh); min-height: 160px; overflow-y: auto; overscroll-behavior: contain;
}
.ens-chat-unseen {
  position: absolute; left: 50%; bottom: 10px; transform: translateX(-50%);
  background: var(--ens-accent); color: var(--ens-accent-fg); border-color: var(--ens-accent); box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
}
/* The composer stays on screen while the chat is: one's own turn is never below the fold. */
.ens-chat-composer { position: sticky; bottom: 0; z-index: 1; background: var(--ens-surface); padding-top: 6px; }
.ens-message--pending { opacity: 0.75; }
.ens-count { margin: 0; font-size: 12px; color: var(--ens-muted); }
.ens-confirm-text { font-size: 13px; font-weight: 600; }
.ens-message--typing .ens-message-text::after { content: '▍'; animation: ens-caret 1s steps(1) infinite; }
@keyframes ens-caret { 50% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .ens-message--typing .ens-message-text::after { animation: none; } }
.ens-message { background: var(--ens-bg); border-radius: 10px; padding: 8px 12px; max-width: 92%; }
.ens-message--reply, .ens-message--user_reply { margin-left: 24px; }
.ens-message--user { align-self: flex-end; background: var(--ens-accent); color: var(--ens-accent-fg); }
.ens-message--user .ens-message-to, .ens-message--user .ens-message-turn { color: inherit; opacity: 0.9; }
.ens-message-meta { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; font-size: 12px; }
.ens-message-speaker { font-weight: 700; font-size: 13px; }
.ens-message-to, .ens-message-turn { color: var(--ens-muted); }
.ens-message--threaded { border-left: 4px solid var(--ens-thread, var(--ens-border)); }
.ens-message-thread { color: var(--ens-muted); font-style: italic; }
.ens-message-text { margin: 3px 0 0; overflow-wrap: anywhere; }
.ens-chip { white-space: normal; border-radius: 10px; }
.ens-chips { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 0; padding: 0; }
.ens-intervention { display: flex; flex-direction: column; gap: 8px; border-top: 1px solid var(--ens-border); padding-top: 10px; }
.ens-intervention-actions { display: flex; justify-content: flex-end; align-items: center; gap: 10px; }
.ens-intervention-actions .ens-error { margin: 0 auto 0 0; }

.ens-pair-pickers { display: flex; flex-wrap: wrap; gap: 8px 14px; max-width: 100%; min-width: 0; }
.ens-timeline-chart { width: 100%; height: auto; display: block; }
.ens-axis-tick line { stroke: var(--ens-border); }
.ens-axis-tick--zero line { stroke: var(--ens-muted); stroke-dasharray: 4 3; }
.ens-axis-tick text, .ens-axis-label { fill: var(--ens-muted); font: 11px var(--ens-font); }
.ens-line { stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
.ens-line--strength, .ens-line-dot--strength { stroke: #2f9e5b; fill: none; }
.ens-line-dot--strength { fill: #2f9e5b; }
.ens-line--trust { stroke: #3b6fd4; stroke-dasharray: 6 3; }
.ens-line-dot--trust { fill: #3b6fd4; }
.ens-timeline-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0 0; padding: 0; font-size: 12px; color: var(--ens-muted); }
.ens-timeline-legend li { display: inline-flex; align-items: center; gap: 6px; }
.ens-key { display: inline-block; width: 18px; height: 0; border-top: 3px solid; }
.ens-key--strength { border-color: #2f9e5b; }
.ens-key--trust { border-color: #3b6fd4; border-top-style: dashed; }

.ens-form-row { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.ens-objective-list { list-style: none; margin: 0 0 6px; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.ens-objective { display: flex; gap: 6px; }
.ens-objective .ens-input { flex: 1; }
.ens-objectives > .ens-button { align-self: flex-start; }
.ens-cast-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 4px 12px; }
.ens-check { display: flex; align-items: center; gap: 8px; min-height: 32px; cursor: pointer; }
.ens-check input { width: 18px; height: 18px; flex: none; accent-color: var(--ens-accent); }
.ens-form-actions { display: flex; justify-content: flex-end; }

@container (max-width: 560px) {
  .ens-chat-layout { grid-template-columns: 1fr; }
  .ens-chat-messages { max-height: min(380px, 50vh); }
  .ens-stat { padding: 8px 9px; }
  .ens-stat dt { font-size: 11px; letter-spacing: -0.01em; }
  .ens-participant-list { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px 14px; }
  .ens-form-row { grid-template-columns: 1fr; }
  .ens-feed-item { grid-template-columns: 10px 1fr; }
  .ens-feed-time { grid-column: 2; }
  .ens-message--reply, .ens-message--user_reply { margin-left: 12px; }
}
@container (max-width: 300px) {
  .ens-stat-grid { grid-template-columns: 1fr; }
}
`;
