import type { Scenario } from '@ensemble/sdk';
import { useLiveCharacters } from '../data/use-live-characters.ts';
import { ScenarioDirector, type ScenarioDirectorProps } from '../director/ScenarioDirector.tsx';
import type { LiveWidgetProps } from './live-props.ts';

export interface LiveScenarioDirectorProps
  extends LiveWidgetProps, Omit<ScenarioDirectorProps, 'characters' | 'onSubmit'> {
  /** Called with the scenario once the API has started it. */
  onStarted?: (scenario: Scenario) => void;
}

/** ScenarioDirector casting from the ecosystem's characters and starting the scenario through the SDK. */
export function LiveScenarioDirector({ client, ecosystemId, onStarted, ...rest }: LiveScenarioDirectorProps) {
  const characters = useLiveCharacters(client, ecosystemId);
  return (
    <ScenarioDirector
      characters={characters.value ?? []}
      onSubmit={async (draft) => {
        const scenario = await client.ecosystem(ecosystemId).scenarios.start(draft);
        onStarted?.(scenario);
      }}
      {...rest}
    />
  );
}
