/**
 * Who is calling, as vouched for by the platform: WeChat's OPENID on this very call, a session token we
 * signed, the platform itself (timers, the deploy console), or nobody. Never read from the request body.
 */
export type Identity =
  /** WeChat vouches for each cloud-function call: the binding is looked up afresh every time. */
  | { kind: 'openid'; openid: string }
  /** A member's session: valid while the member's session generation is still `generation`. */
  | { kind: 'session'; memberId: string; generation: number; signedInAt: number }
  /** A session of a WeChat user who was not bound when signing in. */
  | { kind: 'wechatSession'; openid: string; signedInAt: number }
  | { kind: 'system' }
  | { kind: 'anonymous' }
  /** A token was presented but is forged, tampered with or expired. */
  | { kind: 'invalid' };
