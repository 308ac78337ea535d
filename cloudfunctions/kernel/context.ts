import type { DocStore } from '../store/types';
import type { Platform } from '../platform/ports';
import type { MemberDoc } from '../modules/members/members.types';
import type { PersonalDataCipher } from '../security/personal-data';

/**
 * Who the router established the caller to be: nobody, the platform itself, a WeChat user not (yet)
 * bound to a member, or a member (with the WeChat identity they came with, if any). `signedInAt` is when
 * a session token's chain of refreshes began; absent when WeChat vouches for each call itself.
 */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'system' }
  | { kind: 'wechat'; openid: string; signedInAt?: number }
  | { kind: 'member'; member: MemberDoc; openid: string | null; signedInAt?: number };

export interface CallRecord {
  at: string;
  requestId?: string;
  entry: string;
  route: string;
  ms: number;
  outcome: string;
  reads: number;
  writes: number;
  /** Time spent waiting for the store; `ms / storeMs` is what the router and services add on top. */
  storeMs: number;
  failure?: string;
}

/** Long-lived dependencies of a host or function instance; nothing call-specific lives here. */
export interface Services {
  store: DocStore;
  platform: Platform;
  pii: PersonalDataCipher;
  clock: () => number;
  /** Receives one structured record per call (route, duration, outcome, store operations, request id). */
  log: (record: CallRecord) => void;
}

/** What a service sees during one call. */
export interface CallContext {
  store: DocStore;
  platform: Platform;
  pii: PersonalDataCipher;
  now: number;
  caller: Caller;
}

export function requireMember(ctx: CallContext): MemberDoc {
  if (ctx.caller.kind !== 'member') throw new Error('route declared for members reached without one');
  return ctx.caller.member;
}

/** The WeChat identity of the caller, bound or not; null for a member signed in by the demo login. */
export function callerOpenid(ctx: CallContext): string | null {
  if (ctx.caller.kind === 'wechat') return ctx.caller.openid;
  if (ctx.caller.kind === 'member') return ctx.caller.openid;
  return null;
}
