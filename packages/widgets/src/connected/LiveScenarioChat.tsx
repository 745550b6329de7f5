import { useConnectionStatus } from '../data/use-ecosystem-events.ts';
import { useScenarioChat } from '../data/use-scenario-chat.ts';
import { MultiCharacterChat, type MultiCharacterChatProps } from '../chat/MultiCharacterChat.tsx';
import type { LiveWidgetProps } from './live-props.ts';
import { LoadState } from './LoadState.tsx';

type ChatOptions = Omit<
  MultiCharacterChatProps,
  'scenario' | 'lines' | 'participants' | 'onIntervene' | 'onPause' | 'onResume' | 'onEnd' | 'status'
>;

export interface LiveScenarioChatProps extends LiveWidgetProps, ChatOptions {
  scenarioId: string;
  /** Offer participant mode (the credentials must allow interventions). @default true */
  canParticipate?: boolean;
  /** Offer pause, resume and end. @default true */
  canControl?: boolean;
}

/** MultiCharacterChat for one scenario: transcript, live lines, interventions and controls through the SDK. */
export function LiveScenarioChat({
  client,
  ecosystemId,
  scenarioId,
  canParticipate = true,
  canControl = true,
  ...rest
}: LiveScenarioChatProps) {
  const chat = useScenarioChat(client, ecosystemId, scenarioId);
  const status = useConnectionStatus(client);
  if (chat.scenario === null) return <LoadState what="the scenario" error={chat.error} />;
  return (
    <MultiCharacterChat
      scenario={chat.scenario}
      lines={chat.lines}
      participants={chat.participants}
      typing={chat.typing}
      status={status}
      error={chat.error}
      {...(canParticipate ? { onIntervene: chat.intervene } : {})}
      {...(canControl ? { onPause: chat.pause, onResume: chat.resume, onEnd: chat.end } : {})}
      {...rest}
    />
  );
}
