import { describeSocialGraphContract } from '../../graph/social-graph.contract.ts';
import { InProcessSocialGraph } from './in-process-social-graph.ts';

describeSocialGraphContract('in-process (graphology)', async () => new InProcessSocialGraph());
