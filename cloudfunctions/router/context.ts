import type { DocStore } from '../store/types';
import type { Platform } from '../platform/ports';
import type { MemberDoc } from '../modules/members/members.types';

/** Who the router established the caller to be. */
export type Caller = { kind: 'anonymous' } | { kind: 'system' } | { kind: 'member'; member: MemberDoc };

/** Long-lived dependencies of a host or function instance; nothing call-specific lives here. */
export interface Services {
  store: DocStore;
  platform: Platform;
  clock: () => number;
  /** Receives one JSON line per call. */
  log: (line: string) => void;
}

/** What a service sees during one call. */
export interface CallContext {
  store: DocStore;
  platform: Platform;
  now: number;
  caller: Caller;
}

export function requireMember(ctx: CallContext): MemberDoc {
  if (ctx.caller.kind !== 'member') throw new Error('route declared for members reached without one');
  return ctx.caller.member;
}
