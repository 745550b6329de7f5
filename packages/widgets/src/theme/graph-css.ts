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
.ens-edge-line { stroke-linecap: round; opacity: 0.85; }
.ens-edge { transition: opacity 150ms; }
.ens-edge--dim { opacity: 0.2; }
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
.ens-legend-scale { display: inline-block; width: 56px; height: 6px; border-radius: 3px; }
`;
