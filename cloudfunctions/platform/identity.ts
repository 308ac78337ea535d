/**
 * Who is calling, as vouched for by the platform: WeChat's OPENID, a session token we signed,
 * the platform itself (timers, the deploy console), or nobody. Never read from the request body.
 */
export type Identity =
  | { kind: 'openid'; openid: string }
  | { kind: 'session'; memberId: string }
  | { kind: 'system' }
  | { kind: 'anonymous' }
  /** A token was presented but is forged, tampered with or expired. */
  | { kind: 'invalid' };
