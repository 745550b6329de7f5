import { LatestScenarioChat } from '../connected/LatestScenarioChat.tsx';
import { LiveActivityFeed } from '../connected/LiveActivityFeed.tsx';
import { LiveEcosystemStats } from '../connected/LiveEcosystemStats.tsx';
import { LiveRelationshipGraph } from '../connected/LiveRelationshipGraph.tsx';
import { BASE_ATTRIBUTES, EnsembleElement, type ElementContext } from './ensemble-element.ts';

/** A positive whole number from an attribute, or undefined. */
function count(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * `<ensemble-graph>`: the relationship graph. Optional `size-by` ("energy" | "degree") and `colour-by`
 * ("mood" | "community"). Given a height by the page (CSS or style), the graph fills it; otherwise it
 * picks a height from its width.
 * Fires `ensemble-select` with `{ characterId }` when a character is selected.
 */
export class EnsembleGraphElement extends EnsembleElement {
  static override get observedAttributes(): string[] {
    return [...BASE_ATTRIBUTES, 'size-by', 'colour-by'];
  }
  protected renderWidget({ client, ecosystemId, attr, emit, hasSetHeight }: ElementContext) {
    return (
      <LiveRelationshipGraph
        fill={hasSetHeight}
        client={client}
        ecosystemId={ecosystemId}
        sizeBy={attr('size-by') === 'degree' ? 'degree' : 'energy'}
        colourBy={attr('colour-by') === 'community' ? 'community' : 'mood'}
        onSelect={(characterId) => emit('ensemble-select', { characterId })}
      />
    );
  }
}

/** `<ensemble-feed>`: the activity feed. Optional `max-items` (default 50). */
export class EnsembleFeedElement extends EnsembleElement {
  static override get observedAttributes(): string[] {
    return [...BASE_ATTRIBUTES, 'max-items'];
  }
  protected renderWidget({ client, ecosystemId, attr }: ElementContext) {
    const maxItems = count(attr('max-items'));
    return <LiveActivityFeed client={client} ecosystemId={ecosystemId} {...(maxItems ? { maxItems } : {})} />;
  }
}

/** `<ensemble-stats>`: the ecosystem's numbers. */
export class EnsembleStatsElement extends EnsembleElement {
  protected renderWidget({ client, ecosystemId }: ElementContext) {
    return <LiveEcosystemStats client={client} ecosystemId={ecosystemId} />;
  }
}

/**
 * `<ensemble-chat>`: a scenario's conversation. Optional `scenario-id` (default: the current scenario),
 * `user-name` (how characters address the visitor), `mode` ("observer" | "participant"), and
 * `controls="false"` to hide pause/resume/end.
 */
export class EnsembleChatElement extends EnsembleElement {
  static override get observedAttributes(): string[] {
    return [...BASE_ATTRIBUTES, 'scenario-id', 'user-name', 'mode', 'controls'];
  }
  protected renderWidget({ client, ecosystemId, attr }: ElementContext) {
    const userName = attr('user-name');
    return (
      <LatestScenarioChat
        client={client}
        ecosystemId={ecosystemId}
        scenarioId={attr('scenario-id')}
        defaultMode={attr('mode') === 'participant' ? 'participant' : 'observer'}
        canControl={attr('controls') !== 'false'}
        {...(userName ? { userName } : {})}
      />
    );
  }
}

/** Tag names and their classes. */
export const ENSEMBLE_ELEMENTS = {
  'ensemble-graph': EnsembleGraphElement,
  'ensemble-feed': EnsembleFeedElement,
  'ensemble-stats': EnsembleStatsElement,
  'ensemble-chat': EnsembleChatElement,
} as const;

/** Registers the elements that are not registered yet (safe to call twice, or next to another copy). */
export function defineEnsembleElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(ENSEMBLE_ELEMENTS) as Array<[string, CustomElementConstructor]>) {
    // A fresh subclass per registration: one constructor can be defined in only one registry.
    if (!registry.get(tag)) registry.define(tag, class extends element {});
  }
}
