import type { EcosystemGraphView } from '../model/views.ts';
import { MOOD_OCTANTS } from '../model/views.ts';
import { OCTANT_COLOURS, OCTANT_WORDS } from '../theme/mood.ts';
import { STRENGTH_COLOURS } from '../theme/relationship.ts';
import type { NodeColourBy } from './node-fill.ts';

/** The key under the graph: the moods present and the edge colour scale. */
export function GraphLegend({ graph, colourBy }: { graph: EcosystemGraphView; colourBy: NodeColourBy }) {
  const present = new Set(graph.nodes.map((n) => n.mood.octant));
  const moods = MOOD_OCTANTS.filter((o) => present.has(o));
  return (
    <figcaption className="ens-legend">
      {colourBy === 'mood' && moods.length > 0 && (
        <ul className="ens-legend-moods" aria-label="Node colour: mood">
          {moods.map((o) => (
            <li key={o}>
              <span className="ens-swatch" style={{ background: OCTANT_COLOURS[o] }} aria-hidden="true" />
              {OCTANT_WORDS[o]}
            </li>
          ))}
        </ul>
      )}
      {colourBy === 'community' && <span>Node colour: community</span>}
      <span className="ens-legend-edges">
        <span
          className="ens-legend-scale"
          aria-hidden="true"
          style={{
            background: `linear-gradient(90deg, ${STRENGTH_COLOURS.hostile}, ${STRENGTH_COLOURS.neutral}, ${STRENGTH_COLOURS.warm})`,
          }}
        />
        Edges: hostile → warm; thicker = more trust
      </span>
    </figcaption>
  );
}
