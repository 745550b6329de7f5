/**
 * Every widget with sample data on one page, light or dark (`?theme=dark`): for looking at the widgets
 * while changing them, and for screenshots. Run with `npm run gallery -w @ensemble/widgets`.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ActivityFeed,
  EcosystemStats,
  injectWidgetStyles,
  MultiCharacterChat,
  ParticipantList,
  RelationshipGraph,
  RelationshipTimeline,
  ScenarioDirector,
  type ScenarioView,
} from '../src/index.ts';
import * as sample from './sample-data.ts';

const theme = new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;
injectWidgetStyles();

function Gallery() {
  const [selected, setSelected] = useState<string | null>('c0');
  const [scenario, setScenario] = useState<ScenarioView>(sample.scenario);
  return (
    <main className="gallery" data-theme={theme}>
      <h1>Ensemble widgets</h1>
      <div className="gallery-grid">
        <div className="span-2">
          <RelationshipGraph
            graph={sample.graph}
            selectedId={selected}
            onSelect={setSelected}
            ticks={300}
            status="open"
          />
        </div>
        <EcosystemStats dashboard={sample.dashboard} status="open" />
        <ActivityFeed events={sample.events} names={sample.names} maxItems={8} status="open" />
        <div className="span-2">
          <MultiCharacterChat
            scenario={scenario}
            lines={sample.chatLines}
            participants={sample.participants}
            defaultMode="participant"
            onIntervene={() => undefined}
            onPause={() => setScenario({ ...scenario, status: 'paused' })}
            onResume={() => setScenario({ ...scenario, status: 'running' })}
            onEnd={() => setScenario({ ...scenario, status: 'ended' })}
            status="reconnecting"
          />
        </div>
        <RelationshipTimeline
          points={sample.history}
          fromName="Mara Quill"
          toName="Theo Brandt"
          characters={sample.characters}
          fromId="c0"
          toId="c1"
        />
        <section className="ens-widget">
          <ParticipantList participants={sample.characters.slice(0, 6)} />
        </section>
        <div className="span-2">
          <ScenarioDirector
            characters={sample.characters.slice(0, 12)}
            onSubmit={() => undefined}
            defaultValues={{ objectives: ['Fix the fountain'] }}
          />
        </div>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Gallery />
  </StrictMode>,
);
