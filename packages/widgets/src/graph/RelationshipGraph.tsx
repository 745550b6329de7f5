import type { ConnectionStatus } from '@ensemble/sdk';
import type { Simulation } from 'd3';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ConnectionBadge } from '../connected/ConnectionBadge.tsx';
import type { EcosystemGraphView, GraphEdgeView, GraphNodeView } from '../model/views.ts';
import { strengthColour, strengthWidth, trustOpacity } from '../theme/relationship.ts';
import {
  createForceLayout,
  createSettler,
  setLayoutData,
  setLayoutFrame,
  LAYOUT,
  type LayoutLink,
  type LayoutNode,
} from './force-layout.ts';
import { GraphLegend } from './GraphLegend.tsx';
import {
  boundsOf,
  geometryOf,
  neighboursOf,
  nodeDescription,
  paintLayout,
  pairTitle,
  prefersReducedMotion,
  register,
  translate,
} from './graph-drawing.ts';
import { mergeLayout, type LayoutChange, type MergedLayout } from './layout-merge.ts';
import { nodeFill, type NodeColourBy } from './node-fill.ts';
import { nodeLabel, type NodeSizeBy } from './node-size.ts';
import { CROWDED_TIES_PER_CHARACTER, pairsOf, samePairs, sameSide, type PairView } from './pairs.ts';
import { useContainerSize } from './use-container-width.ts';
import { usePulses } from './use-pulses.ts';
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
  /** What a node's colour shows at first; 'community' needs `communities` (the reader can switch). @default 'mood' */
  colourBy?: NodeColourBy;
  /** Community number per character id (the API's `graph.communities`); offers colouring by community. */
  communities?: Readonly<Record<string, number>> | null;
  /**
   * Drawing size in px. Without `width` the graph follows its container's width (labels stay 12px on a
   * phone) and picks a height to match; with it, the SVG scales to the container.
   */
  width?: number;
  height?: number;
  /**
   * Fill the height of the surrounding element (a panel or a host element with a set height) instead of
   * choosing a height from the width; the graph never spills out of it.
   */
  fill?: boolean;
  /**
   * Show weak ties (faint feelings both ways) at first; the reader can toggle them. By default they are
   * hidden only in a graph crowded when first drawn (more than 1.5 ties per character), and that default
   * holds while the graph stays on screen.
   */
  showWeakTies?: boolean;
  /** The character speaking now: its node glows. */
  speakerId?: string | null;
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
/** Lowest drawing when filling a host, px. */
const MIN_FILL_HEIGHT = 160;
/**
 * Above this many drawn lines, changes are marked without animation (as under reduced motion): pulses
 * stay still and the layout settles a structural change at once. Every animation frame repaints the
 * whole drawing, which a large graph cannot afford ten times a second.
 */
export const ANIMATE_BELOW_LINES = 300;

/** A canvas height for a measured width: landscape on laptops, near-square on phones. */
function autoHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(320, width * 0.62)));
}

/** Ticks run at once when the user prefers reduced motion: the layout appears settled. */
const SETTLE_TICKS = 300;
/**
 * Ticks run in the background after a structural change in a large graph (ANIMATE_BELOW_LINES lines or
 * more), drawn once at the end: animating it would repaint every line on each of some 200 frames. From a
 * reheat of 0.3 or less these leave under 2% of the heat: the characters step to nearly where they
 * would have glided.
 */
const STILL_TICKS = 120;

/** The pairs as the layout's edges: one per pair, from `a` to `b`, pulling by the pair's mean strength. */
function layoutGraph(graph: EcosystemGraphView, pairs: readonly PairView[]): EcosystemGraphView {
  return {
    nodes: graph.nodes,
    edges: pairs.map(
      (p): GraphEdgeView => ({
        source: p.a,
        target: p.b,
        strength: p.strength,
        trust: p.trust,
        interactionCount: 0,
        label: (p.ab ?? p.ba)!.label,
      }),
    ),
  };
}

/**
 * Force-directed graph of characters (colour = mood or community, size = energy or degree) and their
 * relationships: one line per pair, each half coloured and sized by how the character at that end sees
 * the other (hostile red to warm blue, thicker = stronger, fainter = less trust). A line that changes
 * pulses; the speaking character glows.
 */
export function RelationshipGraph(props: RelationshipGraphProps) {
  const { graph, sizeBy = 'energy', communities, ticks, fill = false } = props;
  const boxRef = useRef<HTMLDivElement | null>(null);
  // The canvas's box: its width always, its height too when filling (it is then sized by the host).
  const boxSize = useContainerSize(boxRef, props.width === undefined || fill);
  const measured = boxSize?.width ?? null;
  const width = props.width ?? (measured === null ? DEFAULT_SIZE.width : Math.max(MIN_WIDTH, measured));
  const height =
    fill && boxSize !== null
      ? Math.max(MIN_FILL_HEIGHT, boxSize.height)
      : (props.height ?? (props.width === undefined && measured !== null ? autoHeight(width) : DEFAULT_SIZE.height));
  // Lay out only once the real size is known (where it can be measured), so the first layout fits its canvas.
  const sized = (props.width !== undefined && !fill) || boxSize !== null || typeof ResizeObserver === 'undefined';
  const svgRef = useRef<SVGSVGElement | null>(null);
  const layerRef = useRef<SVGGElement | null>(null);
  const simRef = useRef<Simulation<LayoutNode, LayoutLink> | null>(null);
  const [settler] = useState(createSettler);
  const committed = useRef<MergedLayout | null>(null);
  const [ownSelection, setOwnSelection] = useState<string | null>(null);
  const [weakChoice, setShowWeak] = useState<boolean | null>(props.showWeakTies ?? null);
  const [colourBy, setColourBy] = useState<NodeColourBy>(props.colourBy ?? 'mood');
  const [hovered, setHovered] = useState<string | null>(null);
  const selectedId = props.selectedId === undefined ? ownSelection : props.selectedId;
  const centre = useMemo(() => ({ x: width / 2, y: height / 2 }), [width, height]);

  useEffect(() => setColourBy(props.colourBy ?? 'mood'), [props.colourBy]);

  const views = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const pairs = useMemo(() => pairsOf(graph.edges, new Set(graph.nodes.map((n) => n.id))), [graph]);
  const ties = useMemo(() => pairs.filter((p) => p.tie), [pairs]);
  const weakTies = ties.filter((p) => p.weak).length;
  // Without the reader's choice, weak ties are hidden if the graph is crowded when first drawn with its
  // characters. That default then holds: one more live tie crossing the threshold must not make every weak
  // line vanish under the reader (the same tie would otherwise be drawn one moment and gone the next).
  const crowdedAtFirst = useRef<boolean | null>(null);
  if (crowdedAtFirst.current === null && graph.nodes.length > 0) {
    crowdedAtFirst.current = ties.length > CROWDED_TIES_PER_CHARACTER * graph.nodes.length;
  }
  const showWeak = weakChoice ?? !(crowdedAtFirst.current ?? false);
  const shown = useMemo(() => (showWeak ? pairs : pairs.filter((p) => p.tie && !p.weak)), [pairs, showWeak]);
  const pairByKey = useMemo(() => new Map(pairs.map((p) => [p.key, p])), [pairs]);
  const layout = useMemo(
    () => mergeLayout(committed.current, layoutGraph(graph, shown), sizeBy, centre),
    [graph, shown, sizeBy, centre],
  );

  // The DOM elements of nodes and edges, so layout ticks move them without a React render.
  const nodeEls = useRef(new Map<string, SVGGElement>());
  const edgeEls = useRef(new Map<string, SVGGElement>());
  const drawn = useRef({ layout });
  drawn.current = { layout };
  const reheated = useRef<MergedLayout | null>(null);
  // The pairs and weak-tie choice the layout last ran with: tells a change of who is tied to whom (which
  // moves the layout) from a tie shown or hidden because its feelings crossed the weak threshold (which does not).
  const laidOut = useRef<{ pairs: readonly PairView[]; showWeak: boolean } | null>(null);

  const paint = useCallback(() => paintLayout(drawn.current.layout, nodeEls.current, edgeEls.current), []);

  // Lines whose feelings changed since the last drawing pulse for a moment.
  const pulses = usePulses(pairs, pairByKey);

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
    const before = laidOut.current;
    laidOut.current = { pairs, showWeak };
    // A live change of feelings (the usual update) never restarts the layout, even when it hides or shows
    // a weak tie: restarting it ten times a second would repaint every line on every frame.
    const valuesOnly =
      layout.change === 'links' && before !== null && before.showWeak === showWeak && samePairs(before.pairs, pairs);
    const reheat = reheated.current === layout || valuesOnly ? 0 : REHEAT[layout.change];
    reheated.current = layout;
    let background = false;
    if (reheat > 0) {
      simulation.alpha(Math.max(simulation.alpha(), reheat));
      // The first layout is settled before it is shown, then framed; later changes animate gently, except
      // in a large graph, where they settle in the background and are drawn once (like its still pulses).
      const steps = ticks ?? (layout.change === 'first' || prefersReducedMotion() ? SETTLE_TICKS : undefined);
      settler.cancel();
      if (steps !== undefined) simulation.stop().tick(steps);
      else if (layout.links.length >= ANIMATE_BELOW_LINES) {
        background = true;
        settler.run(simulation, STILL_TICKS, paint);
      } else simulation.restart();
    }
    // A change of values only (the usual live update) moves nothing: new elements were drawn in place.
    // A layout settling in the background is drawn when it is done.
    if (!background && (reheat > 0 || (layout.change !== 'none' && !valuesOnly))) paint();
    if (layout.change === 'first' && reheat > 0) fitView();
  }, [layout, pairs, showWeak, paint, ticks, centre, fitView, width, height, sized, settler]);

  // A new canvas size (first measurement, window resize) re-frames the graph, unless the reader has
  // zoomed or panned it themselves.
  useLayoutEffect(() => {
    if (sized && !zoom.movedByUser()) fitView();
  }, [width, height, fitView, zoom, sized]);

  useLayoutEffect(
    () => () => {
      settler.cancel();
      simRef.current?.on('tick', null).stop();
    },
    [settler],
  );

  useDrag(layerRef, simRef, layout.byId);

  const select = (id: string | null) => {
    if (props.selectedId === undefined) setOwnSelection(id);
    props.onSelect?.(id);
  };
  // A stable callback for the memoised nodes, always reaching the newest `select`.
  const selectRef = useRef(select);
  selectRef.current = select;
  const pick = useCallback((id: string | null) => selectRef.current(id), []);
  const neighbours = useMemo(() => neighboursOf(selectedId, shown), [selectedId, shown]);
  const title = props.title ?? 'Relationship graph';
  const summary = `${graph.nodes.length} characters, ${ties.length} relationships${
    !showWeak && weakTies > 0 ? ` (${weakTies} weak not drawn)` : ''
  }`;
  const detail = detailText(hovered === null ? null : (pairByKey.get(hovered) ?? null), selectedId, shown, views);
  const hasCommunities = communities != null && Object.keys(communities).length > 0;
  const colourMode: NodeColourBy = hasCommunities ? colourBy : 'mood';

  return (
    <figure
      className={`ens-widget ens-graph${fill ? ' ens-graph--fill' : ''}${
        layout.links.length >= ANIMATE_BELOW_LINES ? ' ens-graph--still' : ''
      }`}
      aria-label={title}
      data-relationships={ties.length}
    >
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
        <button
          type="button"
          className="ens-button"
          aria-pressed={showWeak}
          onClick={() => setShowWeak(!showWeak)}
          title="Weak ties: pairs whose feelings are faint both ways"
        >
          Weak ties ({weakTies})
        </button>
        {hasCommunities && (
          <button
            type="button"
            className="ens-button"
            aria-pressed={colourMode === 'community'}
            onClick={() => setColourBy((c) => (c === 'community' ? 'mood' : 'community'))}
          >
            Colour by community
          </button>
        )}
        {props.status && <ConnectionBadge status={props.status} />}
      </div>
      <p
        className="ens-graph-summary"
        title="Each line is one pair of characters; each half is how the character at that end sees the other."
      >
        {summary}
      </p>
      <div ref={boxRef} className="ens-graph-box">
        <svg
          ref={svgRef}
          className="ens-graph-canvas"
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={`${title}: ${summary}`}
        >
          <rect className="ens-graph-background" width={width} height={height} onClick={() => select(null)} />
          <g ref={layerRef}>
            <g className="ens-edges">
              {layout.links.map((link) => {
                const pair = pairByKey.get(link.key);
                if (pair === undefined) return null;
                return (
                  <EdgeView
                    key={link.key}
                    link={link}
                    pair={pair}
                    views={views}
                    dim={selectedId != null && pair.a !== selectedId && pair.b !== selectedId}
                    pulse={pulses.get(link.key)}
                    elements={edgeEls.current}
                    onHover={setHovered}
                  />
                );
              })}
            </g>
            <g className="ens-nodes">
              {layout.nodes.map((node) => {
                const view = views.get(node.id);
                if (view === undefined) return null;
                const selected = node.id === selectedId;
                return (
                  <NodeView
                    key={node.id}
                    node={node}
                    radius={node.radius}
                    view={view}
                    selected={selected}
                    dim={selectedId != null && !selected && !neighbours.has(node.id)}
                    speaking={props.speakerId === node.id}
                    fill={nodeFill(view, colourMode, communities)}
                    elements={nodeEls.current}
                    onPick={pick}
                  />
                );
              })}
            </g>
          </g>
        </svg>
      </div>
      <p className="ens-graph-detail" aria-live="polite">
        {detail.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
      {(props.legend ?? true) && <GraphLegend graph={graph} colourBy={colourMode} communities={communities} />}
    </figure>
  );
}

interface EdgeViewProps {
  link: LayoutLink;
  pair: PairView;
  /** The characters, for the tooltip's names (compared by the two ends' names only). */
  views: ReadonlyMap<string, GraphNodeView>;
  dim: boolean;
  pulse: number | undefined;
  elements: Map<string, SVGGElement>;
  onHover: (update: (current: string | null) => string | null) => void;
}

/**
 * One pair's line. Memoised: a live change re-renders only the lines that changed, and only those
 * format their tooltip (positions are painted straight into the DOM on each layout tick).
 */
const EdgeView = memo(
  function EdgeView({ link, pair, views, dim, pulse, elements, onHover }: EdgeViewProps) {
    const g = geometryOf(link);
    const title = pairTitle(pair, views).join('\n');
    const ref = useMemo(() => register(elements, link.key), [elements, link.key]);
    const classes = [
      'ens-edge',
      dim && 'ens-edge--dim',
      pair.weak && 'ens-edge--weak',
      pulse !== undefined && `ens-edge--pulse ens-edge--pulse-${pulse % 2 ? 'a' : 'b'}`,
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <g
        ref={ref}
        className={classes}
        data-edge-key={link.key}
        data-pulse={pulse}
        onMouseEnter={() => onHover(() => link.key)}
        onMouseLeave={() => onHover((h) => (h === link.key ? null : h))}
      >
        <title>{title}</title>
        {pulse !== undefined && <path className="ens-edge-halo" d={`${g.fromA}${g.fromB}`} fill="none" />}
        <path className="ens-edge-hit" d={`${g.fromA}${g.fromB}`} fill="none" />
        <HalfLine className="ens-edge-line ens-edge-a" d={g.fromA} side={pair.ab} />
        <HalfLine className="ens-edge-line ens-edge-b" d={g.fromB} side={pair.ba} />
      </g>
    );
  },
  (a, b) =>
    sameSide(a.pair.ab, b.pair.ab) &&
    sameSide(a.pair.ba, b.pair.ba) &&
    a.views.get(a.pair.a)?.name === b.views.get(b.pair.a)?.name &&
    a.views.get(a.pair.b)?.name === b.views.get(b.pair.b)?.name &&
    a.dim === b.dim &&
    a.pulse === b.pulse &&
    a.pair.weak === b.pair.weak &&
    a.link.source === b.link.source &&
    a.link.target === b.link.target &&
    a.elements === b.elements &&
    a.onHover === b.onHover,
);

interface NodeViewProps {
  node: LayoutNode;
  /** The node's radius now (the node object is kept across updates, so it is compared by value). */
  radius: number;
  view: GraphNodeView;
  selected: boolean;
  dim: boolean;
  speaking: boolean;
  fill: string;
  elements: Map<string, SVGGElement>;
  onPick: (id: string | null) => void;
}

/** One character. Memoised like EdgeView. */
const NodeView = memo(function NodeView({
  node,
  radius,
  view,
  selected,
  dim,
  speaking,
  fill,
  elements,
  onPick,
}: NodeViewProps) {
  const ref = useMemo(() => register(elements, node.id), [elements, node.id]);
  const classes = [
    'ens-node',
    selected && 'ens-node--selected',
    dim && 'ens-node--dim',
    !view.active && 'ens-node--inactive',
    speaking && 'ens-node--speaking',
  ]
    .filter(Boolean)
    .join(' ');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(node.id);
    } else if (event.key === 'Escape') {
      onPick(null);
    }
  };
  return (
    <g
      ref={ref}
      className={classes}
      data-node-id={node.id}
      transform={translate(node)}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={nodeDescription(view)}
      onClick={(event) => {
        event.stopPropagation();
        onPick(node.id);
      }}
      onKeyDown={onKeyDown}
    >
      <title>{nodeDescription(view)}</title>
      {speaking && <circle className="ens-node-glow" r={radius + 9} />}
      {selected && <circle className="ens-node-ring" r={radius + 5} />}
      <circle className="ens-node-circle" r={radius} fill={fill} />
      <text className="ens-node-label" y={radius + 14} textAnchor="middle">
        {nodeLabel(view.name)}
      </text>
    </g>
  );
});

/** One half of a pair's line: how the character at this end sees the other (absent: a thin dashed grey). */
function HalfLine({ className, d, side }: { className: string; d: string; side: GraphEdgeView | null }) {
  if (side === null) {
    return <path className={`${className} ens-edge-line--none`} d={d} fill="none" strokeWidth={1} />;
  }
  return (
    <path
      className={className}
      d={d}
      fill="none"
      stroke={strengthColour(side.strength)}
      strokeWidth={strengthWidth(side.strength)}
      strokeOpacity={trustOpacity(side.trust)}
    />
  );
}

/** The line under the graph: the hovered pair both ways, else the selected character's strongest ties. */
function detailText(
  hovered: PairView | null,
  selectedId: string | null,
  shown: readonly PairView[],
  views: ReadonlyMap<string, GraphNodeView>,
): string[] {
  if (hovered !== null) return pairTitle(hovered, views);
  if (selectedId != null) {
    const own = shown
      .filter((p) => p.a === selectedId || p.b === selectedId)
      .sort((x, y) => Math.abs(y.strength) - Math.abs(x.strength))
      .slice(0, 3);
    if (own.length === 0) return [`${views.get(selectedId)?.name ?? 'This character'} has no ties drawn.`];
    return own.flatMap((p) => pairTitle(p, views).filter((line) => line.startsWith(views.get(selectedId)?.name ?? '')));
  }
  return ['Hover a line to read both sides; select a character to see how it feels about the others.'];
}
