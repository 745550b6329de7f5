/** The relationship graph: canvas, edges, nodes, halo labels, selection and legend. */
export const graphCss = `
.ens-graph { display: flex; flex-direction: column; gap: 8px; }
.ens-graph-toolbar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.ens-graph-toolbar .ens-connection { margin-left: auto; }
.ens-graph-canvas {
  width: 100%; height: auto; display: block; background: var(--ens-bg); border-radius: calc(var(--ens-radius) - 4px);
  touch-action: none; user-select: none; cursor: grab;
}
.ens-graph-canvas:active { cursor: grabbing; }
.ens-graph-background { fill: transparent; }
.ens-graph-summary { margin: 0; font-size: 12px; color: var(--ens-muted); }
.ens-graph-box { position: relative; min-width: 0; }
.ens-graph--fill { height: 100%; min-height: 0; }
.ens-graph--fill .ens-graph-box { flex: 1 1 0; min-height: 160px; }
.ens-graph--fill .ens-graph-canvas { position: absolute; inset: 0; height: 100%; }
.ens-graph-detail { margin: 0; min-height: 2.9em; font-size: 12px; color: var(--ens-fg); display: flex; flex-direction: column; }
.ens-edge-line { stroke-linecap: round; }
.ens-edge-line--none { stroke: var(--ens-muted); stroke-dasharray: 2 3; opacity: 0.6; }
.ens-edge-hit { stroke: transparent; stroke-width: 12px; pointer-events: stroke; }
.ens-edge { transition: opacity 150ms; }
.ens-edge:hover .ens-edge-line { filter: drop-shadow(0 0 2px var(--ens-accent)); }
.ens-edge--dim { opacity: 0.15; }
.ens-edge--weak .ens-edge-line { stroke-dasharray: 4 3; }
.ens-edge-halo { stroke: var(--ens-accent); stroke-width: 14px; stroke-linecap: round; opacity: 0; pointer-events: none; }
.ens-edge--pulse-a .ens-edge-halo { animation: ens-pulse-a 1.6s ease-out; }
.ens-edge--pulse-b .ens-edge-halo { animation: ens-pulse-b 1.6s ease-out; }
@keyframes ens-pulse-a { 0% { opacity: 0.55; stroke-width: 6px; } 100% { opacity: 0; stroke-width: 22px; } }
@keyframes ens-pulse-b { 0% { opacity: 0.55; stroke-width: 6px; } 100% { opacity: 0; stroke-width: 22px; } }
.ens-node-glow { fill: var(--ens-accent); opacity: 0.25; pointer-events: none; animation: ens-glow 1.2s ease-in-out infinite alternate; }
@keyframes ens-glow { from { opacity: 0.12; } to { opacity: 0.4; } }
@media (prefers-reduced-motion: reduce) {
  .ens-edge--pulse .ens-edge-halo { animation: none; opacity: 0.35; stroke-width: 10px; }
  .ens-node-glow { animation: none; opacity: 0.3; }
}
.ens-graph--still .ens-edge--pulse .ens-edge-halo { animation: none; opacity: 0.35; stroke-width: 10px; }
.ens-graph--still .ens-node-glow { animation: none; opacity: 0.3; }
.ens-node { cursor: pointer; outline: none; }
.ens-node-circle { stroke: var(--ens-node-stroke); stroke-width: 1.5; }
.ens-node--inactive .ens-node-circle { stroke-dasharray: 3 2; opacity: 0.6; }
.ens-node--dim { opacity: 0.5; }
.ens-node-ring { fill: none; stroke: var(--ens-accent); stroke-width: 3; }
.ens-widget .ens-node:focus-visible { outline: none; }
.ens-node:focus-visible .ens-node-circle { stroke: var(--ens-focus); stroke-width: 4; }
.ens-node:hover .ens-node-circle { stroke-width: 3; }
.ens-node-label {
  font: 600 12px var(--ens-font); fill: var(--ens-fg); pointer-events: none;
  paint-order: stroke; stroke: var(--ens-halo); stroke-width: 4px; stroke-linejoin: round;
}
.ens-node--selected .ens-node-label { font-weight: 750; }
.ens-graph--far .ens-node-label { display: none; }
.ens-graph--far .ens-node--selected .ens-node-label, .ens-graph--far .ens-node:focus-visible .ens-node-label,
.ens-graph--far .ens-node:hover .ens-node-label { display: inline; }
.ens-legend { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; font-size: 12px; color: var(--ens-muted); }
.ens-legend-moods { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; margin: 0; padding: 0; }
.ens-legend-moods li { display: inline-flex; align-items: center; gap: 5px; }
.ens-legend-edges { display: inline-flex; align-items: center; gap: 6px; }
.ens-legend-scale { display: inline-block; width: 72px; height: 8px; border-radius: 4px; }
.ens-legend-note { flex-basis: 100%; }
`;
