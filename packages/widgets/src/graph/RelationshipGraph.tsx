import type { ConnectionStatus } from '@ensemble/sdk';
import type { Simulation } from 'd3';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ConnectionBadge } from '../connected/ConnectionBadge.tsx';
import type { EcosystemGraphView } from '../model/views.ts';
import { strengthColour, trustWidth } from '../theme/relationship.ts';
import {
  createForceLayout,
  setLayoutData,
  setLayoutFrame,
  LAYOUT,
  type LayoutLink,
  type LayoutNode,
} from './force-layout.ts';
import { GraphLegend } from './GraphLegend.tsx';
import {
  boundsOf,
  edgeTitle,
  geometryOf,
  neighboursOf,
  nodeDescription,
  prefersReducedMotion,
  register,
  translate,
} from './graph-drawing.ts';
import { edgeKey, mergeLayout, type LayoutChange, type MergedLayout } from './layout-merge.ts';
import { nodeFill, type NodeColourBy } from './node-fill.ts';
import { nodeLabel, type NodeSizeBy } from './node-size.ts';
import { useContainerWidth } from './use-container-width.ts';
import { useDrag } from './use-drag.ts';
import { useZoom } from './use-zoom.ts';

export interface RelationshipGraphProps {
  /** Characters and their directed relationships (the API's `ecosystems.graph`). */
  graph: EcosystemGraphView;
  /** The selected character; leave undefined to let the graph keep its own selection. */
  selectedId?: string | null;
  /** Called with a character's id when it is clicked or chosen with Enter, null when cleared. */
  onSelect?: (id: string | null) => void;
  /** What a node's size shows. @default 'energy' */
  sizeBy?: NodeSizeBy;
  /** What a node's colour shows; 'community' needs `communities`. @default 'mood' */
  colourBy?: NodeColourBy;
  /** Community number per character id (the API's `graph.communities`). */
  communities?: Readonly<Record<string, number>> | null;
  /**
   * Drawing size in px. Without `width` the graph follows its container's width (labels stay 12px on a
   * phone) and picks a height to match; with it, the SVG scales to the container.
   */
  width?: number;
  height?: number;
  /**
   * Run the layout synchronously for this many ticks on each structural change instead of animating
   * (tests, screenshots, reduced motion).
   */
  ticks?: number;
  /** Accessible name of the graph. @default 'Relationship graph' */
  title?: string;
  /** Show the colour legend under the graph. @default true */
  legend?: boolean;
  /** Live connection state, shown in the toolbar when given. */
  status?: ConnectionStatus | undefined;
}

const REHEAT: Record<LayoutChange, number> = {
  first: 1,
  nodes: LAYOUT.reheatNodes,
  links: LAYOUT.reheatLinks,
  none: 0,
};
/** Size before the container is measured, and with a fixed width but no height. */
const DEFAULT_SIZE = { width: 800, height: 520 };
/** Narrowest drawing, px: below it the SVG scales down instead. */
const MIN_WIDTH = 280;
/** Horizontal padding and border of the figure around the canvas, px (see .ens-widget). */
const FIGURE_PADDING = 34;

/** A canvas height for a measured width: landscape on laptops, near-square on phones. */
function autoHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(320, width * 0.62)));
}

/** Ticks run at once when the user prefers reduced motion: the layout appears settled. */
const SETTLE_TICKS = 300;

/** Force-directed graph of characters (colour = mood, size = energy or degree) and their relationships. */
export function RelationshipGraph(props: RelationshipGraphProps) {
  const { graph, sizeBy = 'energy', colourBy = 'mood', communities, ticks } = props;
  const figureRef = useRef<HTMLElement | null>(null);
  const measured = useContainerWidth(figureRef, props.width === undefined);
  const width =
    props.width ?? (measured === null ? DEFAULT_SIZE.width : Math.max(MIN_WIDTH, measured - FIGURE_PADDING));
  const height =
    props.height ?? (props.width === undefined && measured !== null ? autoHeight(width) : DEFAULT_SIZE.height);
  // Lay out only once the real size is known (where it can be measured), so the first layout fits its canvas.
  const sized = props.width !== undefined || measured !== null || typeof ResizeObserver === 'undefined';
  const svgRef = useRef<SVGSVGElement | null>(null);
  const layerRef = useRef<SVGGElement | null>(null);
  const simRef = useRef<Simulation<LayoutNode, LayoutLink> | null>(null);
  const committed = useRef<MergedLayout | null>(null);
  const [ownSelection, setOwnSelection] = useState<string | null>(null);
  const selectedId = props.selectedId === undefined ? ownSelection : props.selectedId;
  const centre = useMemo(() => ({ x: width / 2, y: height / 2 }), [width, height]);
  const layout = useMemo(() => mergeLayout(committed.current, graph, sizeBy, centre), [graph, sizeBy, centre]);

  const views = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const edgeKeys = useMemo(() => new Set(layout.links.map((l) => l.key)), [layout]);
  const edgeViews = useMemo(() => new Map(graph.edges.map((e) => [edgeKey(e.source, e.target), e])), [graph]);

  // The DOM elements of nodes and edges, so layout ticks move them without a React render.
  const nodeEls = useRef(new Map<string, SVGGElement>());
  const edgeEls = useRef(new Map<string, SVGGElement>());
  const drawn = useRef({ layout, edgeViews, edgeKeys });
  drawn.current = { layout, edgeViews, edgeKeys };
  const reheated = useRef<MergedLayout | null>(null);

  const paint = useCallback(() => {
    const { layout: current, edgeViews: viewsByKey, edgeKeys: keys } = drawn.current;
    for (const node of current.nodes) nodeEls.current.get(node.id)?.setAttribute('transform', translate(node));
    for (const link of current.links) {
      const el = edgeEls.current.get(link.key);
      const view = viewsByKey.get(link.key);
      if (el === undefined || view === undefined) continue;
      const g = geometryOf(link, view, keys);
      el.querySelector('.ens-edge-line')?.setAttribute('d', g.line);
      el.querySelector('.ens-edge-arrow')?.setAttribute('d', g.arrow);
    }
  }, []);

  const zoom = useZoom(svgRef, layerRef, { width, height });
  const fitView = useCallback(() => zoom.fit(boundsOf(drawn.current.layout)), [zoom.fit]);

  useLayoutEffect(() => {
    if (!sized) return;
    const simulation = simRef.current ?? createForceLayout(centre, width / height);
    simRef.current = simulation;
    setLayoutFrame(simulation, centre, width / height);
    committed.current = layout;
    setLayoutData(simulation, layout.nodes, layout.links);
    simulation.on('tick', paint);
    const reheat = reheated.current === layout ? 0 : REHEAT[layout.change];
    reheated.current = layout;
    if (reheat > 0) {
      simulation.alpha(Math.max(simulation.alpha(), reheat));
      // The first layout is settled before it is shown, then framed; later changes animate gently.
      const steps = ticks ?? (layout.change === 'first' || prefersReducedMotion() ? SETTLE_TICKS : undefined);
      if (steps === undefined) simulation.restart();
      else simulation.stop().tick(steps);
    }
    paint();
    if (layout.change === 'first' && reheat > 0) fitView();
  }, [layout, paint, ticks, centre, fitView, width, height, sized]);

  // A new canvas size (first measurement, window resize) re-frames the graph, unless the reader has
  // zoomed or panned it themselves.
  useLayoutEffect(() => {
    if (sized && !zoom.movedByUser()) fitView();
  }, [width, height, fitView, zoom, sized]);

  useLayoutEffect(
    () => () => {
      simRef.current?.on('tick', null).stop();
    },
    [],
  );

  useDrag(layerRef, simRef, layout.byId);

  const select = (id: string | null) => {
    if (props.selectedId === undefined) setOwnSelection(id);
    props.onSelect?.(id);
  };
  const onNodeKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
    } else if (event.key === 'Escape') {
      select(null);
    }
  };
  const neighbours = useMemo(() => neighboursOf(selectedId, graph.edges), [selectedId, graph.edges]);

  return (
    <figure ref={figureRef} className="ens-widget ens-graph" aria-label={props.title ?? 'Relationship graph'}>
      <div className="ens-graph-toolbar" role="toolbar" aria-label="Graph view">
        <button type="button" className="ens-button ens-button--icon" onClick={zoom.zoomIn} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="ens-button ens-button--icon" onClick={zoom.zoomOut} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="ens-button" onClick={fitView}>
          Fit to view
        </button>
        {props.status && <ConnectionBadge status={props.status} />}
      </div>
      <svg
        ref={svgRef}
        className="ens-graph-canvas"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`${props.title ?? 'Relationship graph'}: ${graph.nodes.length} characters, ${layout.links.length} relationships`}
      >
        <rect className="ens-graph-background" width={width} height={height} onClick={() => select(null)} />
        <g ref={layerRef}>
          <g className="ens-edges">
            {layout.links.map((link) => {
              const view = edgeViews.get(link.key);
              if (view === undefined) return null;
              const g = geometryOf(link, view, edgeKeys);
              const colour = strengthColour(view.strength);
              const dim = selectedId != null && view.source !== selectedId && view.target !== selectedId;
              return (
                <g
                  key={link.key}
                  ref={register(edgeEls.current, link.key)}
                  className={`ens-edge${dim ? ' ens-edge--dim' : ''}`}
                  data-edge-key={link.key}
                >
                  <title>{edgeTitle(view, views)}</title>
                  <path
                    className="ens-edge-line"
                    d={g.line}
                    stroke={colour}
                    strokeWidth={trustWidth(view.trust)}
                    fill="none"
                  />
                  <path className="ens-edge-arrow" d={g.arrow} fill={colour} />
                </g>
              );
            })}
          </g>
          <g className="ens-nodes">
            {layout.nodes.map((node) => {
              const view = views.get(node.id);
              if (view === undefined) return null;
              const selected = node.id === selectedId;
              const dim = selectedId != null && !selected && !neighbours.has(node.id);
              const classes = [
                'ens-node',
                selected && 'ens-node--selected',
                dim && 'ens-node--dim',
                !view.active && 'ens-node--inactive',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <g
                  key={node.id}
                  ref={register(nodeEls.current, node.id)}
                  className={classes}
                  data-node-id={node.id}
                  transform={translate(node)}
                  tabIndex={0}
                  role="button"
                  aria-pressed={selected}
                  aria-label={nodeDescription(view)}
                  onClick={(event) => {
                    event.stopPropagation();
                    select(node.id);
                  }}
                  onKeyDown={onNodeKey(node.id)}
                >
                  <title>{nodeDescription(view)}</title>
                  {selected && <circle className="ens-node-ring" r={node.radius + 5} />}
                  <circle className="ens-node-circle" r={node.radius} fill={nodeFill(view, colourBy, communities)} />
                  <text className="ens-node-label" y={node.radius + 14} textAnchor="middle">
                    {nodeLabel(view.name)}
                  </text>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
      {(props.legend ?? true) && <GraphLegend graph={graph} colourBy={communities ? colourBy : 'mood'} />}
    </figure>
  );
}
