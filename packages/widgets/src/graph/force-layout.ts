import { boxCollide } from './box-collide.ts';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  timer,
  type ForceX,
  type ForceY,
  type Simulation,
  type Timer,
} from 'd3';
import type { LayoutLink, LayoutNode } from './layout-nodes.ts';

export type { LayoutLink, LayoutNode } from './layout-nodes.ts';

/** Layout tuning: warm ties pull closer than cold or hostile ones. */
export const LAYOUT = {
  /** Link length at strength +1 and −1, px. */
  linkDistance: { warm: 70, hostile: 160 },
  /** Repulsion between characters (negative: they push apart). */
  charge: -260,
  /** Pull toward the centre, so unconnected characters stay in view. */
  gravity: 0.06,
  /** Space kept around a node's circle, px. */
  collisionPadding: 8,
  /** How hard overlapping name boxes are pushed apart per tick, in [0,1]. */
  labelPush: 0.5,
  /** Reheat after a node joins or leaves: enough to make room, low enough that others barely move. */
  reheatNodes: 0.3,
  /** Reheat after only the set of ties changed. */
  reheatLinks: 0.1,
} as const;

/** A force simulation for the relationship graph, centred on `centre` (width/height = `aspect`), stopped until told to run. */
export function createForceLayout(centre: { x: number; y: number }, aspect = 1): Simulation<LayoutNode, LayoutLink> {
  return (
    forceSimulation<LayoutNode, LayoutLink>([])
      .force(
        'link',
        forceLink<LayoutNode, LayoutLink>([])
          .id((n) => n.id)
          .distance((l) => linkDistance(l.strength)),
      )
      .force('charge', forceManyBody<LayoutNode>().strength(LAYOUT.charge).distanceMax(600))
      // A wide canvas pulls less sideways than up and down, so the graph spreads to its shape.
      .force('x', forceX<LayoutNode>(centre.x).strength(LAYOUT.gravity / Math.max(1, aspect)))
      .force('y', forceY<LayoutNode>(centre.y).strength(LAYOUT.gravity))
      .force(
        'collide',
        forceCollide<LayoutNode>()
          .radius((n) => n.radius + LAYOUT.collisionPadding)
          .iterations(2),
      )
      .force('labels', boxCollide(LAYOUT.labelPush))
      .stop()
  );
}

/** Re-aims the centring forces at a new canvas centre and shape. */
export function setLayoutFrame(
  simulation: Simulation<LayoutNode, LayoutLink>,
  centre: { x: number; y: number },
  aspect: number,
): void {
  simulation
    .force<ForceX<LayoutNode>>('x')
    ?.x(centre.x)
    .strength(LAYOUT.gravity / Math.max(1, aspect));
  simulation.force<ForceY<LayoutNode>>('y')?.y(centre.y);
}

/** Link length for a relationship strength in [−1, 1]. */
export function linkDistance(strength: number): number {
  const { warm, hostile } = LAYOUT.linkDistance;
  const s = Math.max(-1, Math.min(1, strength));
  return hostile + ((warm - hostile) * (s + 1)) / 2;
}

/** Hands new nodes and links to the simulation (forces re-read radii and distances). */
export function setLayoutData(
  simulation: Simulation<LayoutNode, LayoutLink>,
  nodes: LayoutNode[],
  links: LayoutLink[],
): void {
  simulation.nodes(nodes);
  simulation.force<ReturnType<typeof forceLink<LayoutNode, LayoutLink>>>('link')?.links(links);
}

/** Ticks run per animation frame while a large graph settles in the background (about 1 ms each for 100 characters). */
export const SETTLE_SLICE_TICKS = 8;

/** Runs layouts in the background: see createSettler. */
export interface Settler {
  /** Stops `simulation`, runs it `steps` ticks a slice per frame (added to a run in progress), then calls `done`. */
  run(simulation: Simulation<LayoutNode, LayoutLink>, steps: number, done: () => void): void;
  /** Drops the run in progress, if any. */
  cancel(): void;
}

/**
 * Settles a layout a few ticks per animation frame without drawing in between, then lets the caller
 * draw once: a large graph cannot afford to repaint every line on each tick, nor to run a hundred
 * ticks in one task (a visible stall).
 */
export function createSettler(): Settler {
  let pending: Timer | null = null;
  let left = 0;
  const cancel = () => {
    pending?.stop();
    pending = null;
    left = 0;
  };
  return {
    run(simulation, steps, done) {
      simulation.stop();
      left = Math.max(left, steps);
      pending?.stop();
      pending = timer(() => {
        const slice = Math.min(left, SETTLE_SLICE_TICKS);
        simulation.tick(slice);
        left -= slice;
        if (left > 0) return;
        cancel();
        done();
      });
    },
    cancel,
  };
}
