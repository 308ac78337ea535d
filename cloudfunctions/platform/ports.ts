import type { GroupPort, SubscribeMessagePort, UpdatableMessagePort } from './messaging';
import type { SessionTokens } from './session-tokens';
import type { SoterPort } from './soter';

/**
 * What the platform gives the services. Each WeChat service sits behind a port with a WeChat adapter
 * and a local one; more ports arrive with the features that use them (content safety with study notes).
 */
export interface Platform {
  /** Present on the HTTP host: issues tokens at sign-in. */
  sessions: SessionTokens | null;
  /** The demo login (`AUTH_MODE=dev`); never on in WeChat. */
  devLogin: boolean;
  soter: SoterPort;
  subscribe: SubscribeMessagePort;
  updatable: UpdatableMessagePort;
  groups: GroupPort;
}
