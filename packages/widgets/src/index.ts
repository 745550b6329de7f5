// Components: render from plain props (tests, host apps with their own data).
export { RelationshipGraph } from './graph/RelationshipGraph.tsx';
export type { RelationshipGraphProps } from './graph/RelationshipGraph.tsx';
export type { NodeSizeBy } from './graph/node-size.ts';
export type { NodeColourBy } from './graph/node-fill.ts';
export { ActivityFeed } from './feed/ActivityFeed.tsx';
export type { ActivityFeedProps, CharacterNames } from './feed/ActivityFeed.tsx';
export { FEED_CATEGORIES } from './feed/event-subjects.ts';
export type { FeedCategory } from './feed/event-subjects.ts';
export type { FeedFilter } from './feed/feed-items.ts';
export { describeEvent } from './feed/describe-event.ts';
export type { NameOf } from './feed/describe-event.ts';
export { EcosystemStats } from './stats/EcosystemStats.tsx';
export type { EcosystemStatsProps } from './stats/EcosystemStats.tsx';
export { Sparkline } from './stats/Sparkline.tsx';
export { MoodDistribution } from './stats/MoodDistribution.tsx';
export { MultiCharacterChat } from './chat/MultiCharacterChat.tsx';
export type { MultiCharacterChatProps } from './chat/MultiCharacterChat.tsx';
export type { InterventionInput } from './chat/InterventionPanel.tsx';
export type { ChatMode } from './chat/ModeToggle.tsx';
export { ParticipantList } from './participants/ParticipantList.tsx';
export type { ParticipantListProps } from './participants/ParticipantList.tsx';
export { EmotionBadge } from './participants/EmotionBadge.tsx';
export { RelationshipTimeline } from './timeline/RelationshipTimeline.tsx';
export type { PairOption, RelationshipTimelineProps } from './timeline/RelationshipTimeline.tsx';
export { ScenarioDirector } from './director/ScenarioDirector.tsx';
export type { CastOption, ScenarioDirectorProps } from './director/ScenarioDirector.tsx';
export { validateDirectorForm, DIRECTOR_LIMITS } from './director/scenario-draft.ts';
export type { ScenarioDraft } from './director/scenario-draft.ts';
export { ConnectionBadge } from './connected/ConnectionBadge.tsx';

// Live components: the same widgets fed by an EnsembleClient.
export { LiveRelationshipGraph } from './connected/LiveRelationshipGraph.tsx';
export { LiveActivityFeed } from './connected/LiveActivityFeed.tsx';
export { LiveEcosystemStats } from './connected/LiveEcosystemStats.tsx';
export { LiveScenarioChat } from './connected/LiveScenarioChat.tsx';
export type { LiveScenarioChatProps } from './connected/LiveScenarioChat.tsx';
export { LatestScenarioChat } from './connected/LatestScenarioChat.tsx';
export { LiveRelationshipTimeline } from './connected/LiveRelationshipTimeline.tsx';
export type { LiveRelationshipTimelineProps } from './connected/LiveRelationshipTimeline.tsx';
export { LiveScenarioDirector } from './connected/LiveScenarioDirector.tsx';
export type { LiveScenarioDirectorProps } from './connected/LiveScenarioDirector.tsx';
export type { LiveWidgetProps } from './connected/live-props.ts';

// Data hooks: snapshot + live events, for apps composing their own views.
export { useEcosystemEvents, useConnectionStatus } from './data/use-ecosystem-events.ts';
export type { EcosystemEventsOptions, LiveState } from './data/use-ecosystem-events.ts';
export { useLiveSnapshot } from './data/use-live-snapshot.ts';
export type { LiveValue, Snapshot } from './data/use-live-snapshot.ts';
export { useLiveGraph } from './data/use-live-graph.ts';
export { useLiveCharacters, namesOf } from './data/use-live-characters.ts';
export { useLiveFeed } from './data/use-live-feed.ts';
export { useLiveDashboard } from './data/use-live-dashboard.ts';
export { useScenarioChat } from './data/use-scenario-chat.ts';
export type { ScenarioChat } from './data/use-scenario-chat.ts';
export { useRelationshipHistory } from './data/use-relationship-history.ts';
export { applyEventToGraph } from './data/graph-events.ts';
export { chatLinesOf, mergeChatLines } from './data/chat-lines.ts';
export { applyEventToCharacters, participantOf } from './data/participants.ts';

// Look.
export { widgetCss, injectWidgetStyles } from './theme/widget-css.ts';
export { OCTANT_COLOURS, octantOf } from './theme/mood.ts';
export { moodView } from './theme/mood-view.ts';
export { strengthColour, strengthWidth, trustOpacity, trustWidth } from './theme/relationship.ts';

// Embedding.
export { defineEnsembleElements, setClientFactory } from './embed/index.ts';
export type { ClientFactory } from './embed/index.ts';

export type {
  ChatLineView,
  DashboardView,
  EcosystemGraphView,
  EmotionName,
  GraphEdgeView,
  GraphNodeView,
  MoodOctant,
  MoodView,
  ParticipantView,
  RelationshipChipView,
  RelationshipPointView,
  ScenarioMood,
  ScenarioStatus,
  ScenarioView,
  TranscriptLineView,
} from './model/views.ts';
export { MOOD_OCTANTS, SCENARIO_MOODS } from './model/views.ts';
export type { EcosystemEvent, EventType } from './model/views.ts';
