/**
 * The route table: every call the app can make, what it takes, what it returns and who may make it.
 * Client and server both derive their types from here; the server also validates with these schemas.
 */
import { z } from 'zod';
import { DevLoginInput, DevMembersOutput, Session } from './schemas/auth';
import { Empty } from './schemas/common';
import { MemberCard, UnitOverview, UnitOverviewInput } from './schemas/members';
import { SetupOutput } from './schemas/system';

/**
 * Who may call a route.
 * - public: anyone, signed in or not.
 * - member: any bound member.
 * - admin roles: that role or higher; `scope: 'unit'` also requires `input.unitId` inside the caller's subtree.
 * - system: only the platform itself (timers, the deploy console), never a signed-in person.
 */
export type Access =
  | { role: 'public' }
  | { role: 'member' }
  | { role: 'branch_admin' | 'org_admin' | 'super_admin'; scope: 'unit' | 'none' }
  | { role: 'system' };

export interface RouteDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Write routes are rate limited and audited. */
  writes: boolean;
  summary: string;
}

function route<I extends z.ZodType, O extends z.ZodType>(def: RouteDef<I, O>): RouteDef<I, O> {
  return def;
}

export const contract = {
  'auth.devMembers': route({
    input: Empty,
    output: DevMembersOutput,
    access: { role: 'public' },
    writes: false,
    summary: 'Demo members to sign in as (only when AUTH_MODE=dev).',
  }),
  'auth.devLogin': route({
    input: DevLoginInput,
    output: Session,
    access: { role: 'public' },
    writes: false,
    summary: 'Sign in as a demo member and receive a session token (only when AUTH_MODE=dev).',
  }),
  'me.card': route({
    input: Empty,
    output: MemberCard,
    access: { role: 'member' },
    writes: false,
    summary: "The signed-in member's card: name, unit, role, development stage.",
  }),
  'admin.unitOverview': route({
    input: UnitOverviewInput,
    output: UnitOverview,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'Member counts of a unit in the caller’s subtree, by child unit and development stage.',
  }),
  'system.setup': route({
    input: Empty,
    output: SetupOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Create every collection and index the code relies on (idempotent; run once after deploy).',
  }),
} as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
export type RouteInput<R extends RouteName> = z.input<Contract[R]['input']>;
export type RouteOutput<R extends RouteName> = z.output<Contract[R]['output']>;

export const ROUTE_NAMES = Object.keys(contract) as RouteName[];
