import { schemeTableau10 } from 'd3';
import type { EcosystemGraphView } from '../model/views.ts';
import { MOOD_OCTANTS } from '../model/views.ts';
import { OCTANT_COLOURS, OCTANT_WORDS } from '../theme/mood.ts';
import { STRENGTH_COLOURS } from '../theme/relationship.ts';
import type { NodeColourBy } from './node-fill.ts';

/** The key under the graph: what node colours mean (moods or communities) and how a line reads. */
export function GraphLegend({
  graph,
  colourBy,
  communities,
}: {
  graph: EcosystemGraphView;
  colourBy: NodeColourBy;
  communities?: Readonly<Record<string, number>> | null | undefined;
}) {
  const present = new Set(graph.nodes.map((n) => n.mood.octant));
  const moods = MOOD_OCTANTS.filter((o) => present.has(o));
  const groups = [...new Set(graph.nodes.map((n) => communities?.[n.id]).filter((c) => c !== undefined))].sort(
    (a, b) => a - b,
  );
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
      {colourBy === 'community' && (
        <ul
          className="ens-legend-moods"
          aria-label="Node colour: community (characters who mostly deal with each other)"
        >
          {groups.map((c) => (
            <li key={c}>
              <span
                className="ens-swatch"
                style={{ background: schemeTableau10[c % schemeTableau10.length] }}
                aria-hidden="true"
              />
              Community {c + 1}
            </li>
          ))}
        </ul>
      )}
      <span className="ens-legend-edges">
        <span className="ens-legend-end">hostile</span>
        <span
          className="ens-legend-scale"
          aria-hidden="true"
          style={{
            background: `linear-gradient(90deg, ${STRENGTH_COLOURS.hostile}, ${STRENGTH_COLOURS.neutral}, ${STRENGTH_COLOURS.warm})`,
          }}
        />
        <span className="ens-legend-end">warm</span>
      </span>
      <span className="ens-legend-note">
        One line per pair; each half is how the character at that end feels. Thicker = stronger feeling, fainter = less
        trust.
      </span>
    </figcaption>
  );
}
