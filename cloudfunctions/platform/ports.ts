import type { ContentSafetyPort } from './content-safety';
import type { FilesPort } from './files';
import type { ModelPort } from './models';
import type { GroupPort, SubscribeMessagePort, UpdatableMessagePort } from './messaging';
import type { PaymentPort } from './payments';
import type { SessionTokens } from './session-tokens';
import type { SoterPort } from './soter';
import type { WxLoginPort } from './wx-login';

/**
 * What the platform gives the services. Each WeChat service sits behind a port with a WeChat adapter
 * and a local one; more ports arrive with the features that use them.
 */
export interface Platform {
  /** Present on the HTTP host: issues tokens at sign-in. */
  sessions: SessionTokens | null;
  /** The demo login (`AUTH_MODE=dev`); never on in WeChat. */
  devLogin: boolean;
  /** `wx.login` code exchange for the self-hosted backend (`AUTH_MODE=wx`); absent in cloud functions. */
  wxLogin: WxLoginPort | null;
  soter: SoterPort;
  subscribe: SubscribeMessagePort;
  updatable: UpdatableMessagePort;
  groups: GroupPort;
  files: FilesPort;
  contentSafety: ContentSafetyPort;
  /** The study assistant's language model; `local` has none. */
  models: ModelPort;
  /** Online payment of dues; absent where no merchant account is set up (members then pay at the branch). */
  payments?: PaymentPort;
}
