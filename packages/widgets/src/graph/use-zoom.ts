import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import { useCallback, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';

/** Zoom range: far enough out for 50+ characters, close enough to read a crowded corner. */
export const ZOOM_EXTENT: [number, number] = [0.25, 4];
/** Below this zoom, labels other than the selected node's are hidden: they would only overlap. */
export const LABELS_HIDDEN_BELOW = 0.6;
/** Zoom factor of the zoom buttons. */
const STEP = 1.3;
/** Fitting never zooms in beyond this: a graph of three characters should not fill the screen. */
const FIT_MAX_SCALE = 1.4;
/** Share of the canvas a fitted graph fills, leaving a margin. */
const FIT_FILL = 0.94;

/** The extent of what is drawn, in graph coordinates. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The graph's zoom controls. */
export interface ZoomControls {
  zoomIn: () => void;
  zoomOut: () => void;
  /** Zooms and pans so `bounds` fill the canvas. */
  fit: (bounds: Bounds) => void;
  /** Whether the reader has zoomed or panned since the last fit. */
  movedByUser: () => boolean;
}

/**
 * Wheel/pinch zoom and background-drag pan on `svg`, applied as a transform on `layer`. The transform
 * is written straight to the DOM (not React state) so panning re-renders nothing.
 */
export function useZoom(
  svg: RefObject<SVGSVGElement | null>,
  layer: RefObject<SVGGElement | null>,
  size: { width: number; height: number },
): ZoomControls {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const moved = useRef(false);

  // A layout effect, so the graph's own layout effect (declared after) can already frame the first layout.
  useLayoutEffect(() => {
    const svgEl = svg.current;
    if (svgEl === null) return undefined;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent(ZOOM_EXTENT)
      .on('zoom', (event: { transform: { k: number; toString(): string }; sourceEvent: unknown }) => {
        if (event.sourceEvent) moved.current = true;
        layer.current?.setAttribute('transform', event.transform.toString());
        svgEl.classList.toggle('ens-graph--far', event.transform.k < LABELS_HIDDEN_BELOW);
      });
    behaviour.current = z;
    const selection = select(svgEl);
    selection.call(z).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svg, layer]);

  const scaleBy = useCallback(
    (factor: number) => {
      moved.current = true;
      if (svg.current && behaviour.current) behaviour.current.scaleBy(select(svg.current), factor);
    },
    [svg],
  );
  const fit = useCallback(
    (b: Bounds) => {
      if (!svg.current || !behaviour.current) return;
      const w = Math.max(1, b.maxX - b.minX);
      const h = Math.max(1, b.maxY - b.minY);
      const k = Math.max(ZOOM_EXTENT[0], Math.min(FIT_MAX_SCALE, FIT_FILL * Math.min(size.width / w, size.height / h)));
      const t = zoomIdentity
        .translate(size.width / 2, size.height / 2)
        .scale(k)
        .translate(-(b.minX + w / 2), -(b.minY + h / 2));
      behaviour.current.transform(select(svg.current), t);
      moved.current = false;
    },
    [svg, size.width, size.height],
  );
  const movedByUser = useCallback(() => moved.current, []);
  return useMemo(
    () => ({ zoomIn: () => scaleBy(STEP), zoomOut: () => scaleBy(1 / STEP), fit, movedByUser }),
    [scaleBy, fit, movedByUser],
  );
}
