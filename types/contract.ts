/**
 * The route table: every call the app can make, what it takes, what it returns and who may make it.
 * Client and server both derive their types from here; the server also validates with these schemas.
 * Each cloud function's routes are declared apart (contract-api/-admin/-jobs.ts) so its bundle holds only
 * their schemas; this is their union, for the client, the HTTP host and tests.
 */
import type * as z from 'zod';
import { adminContract } from './contract-admin';
import { apiContract } from './contract-api';
import { jobsContract } from './contract-jobs';

export type { Access, Audience, Edited, LinkKind, RouteDef, Scope } from './route-def';

export const contract = { ...apiContract, ...adminContract, ...jobsContract } as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
export type RouteInput<R extends RouteName> = z.input<Contract[R]['input']>;
export type RouteOutput<R extends RouteName> = z.output<Contract[R]['output']>;

export const ROUTE_NAMES = Object.keys(contract) as RouteName[];
