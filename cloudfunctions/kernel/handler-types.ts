import type { z } from 'zod';
import type { Contract, RouteDef, RouteName } from '../../types/contract';
import type { FunctionName, FunctionOf } from '../../types/functions';
import type { CallContext } from './context';

/** A route's service entry: parsed input in, output (checked against the contract afterwards) out. */
export type Handler<R extends RouteName> = (
  input: z.output<Contract[R]['input']>,
  ctx: CallContext,
) => Promise<z.input<Contract[R]['output']>>;

export type Handlers = { [R in RouteName]: Handler<R> };

/** The routes one cloud function serves (`functionOf`): a module's route table per function names only these. */
export type RouteOf<F extends FunctionName> = { [R in RouteName]: FunctionOf<R> extends F ? R : never }[RouteName];

/** One cloud function's handlers: a route of another function in it is a compile error. */
export type FunctionHandlers<F extends FunctionName> = { [R in RouteOf<F>]: Handler<R> };

/** What a dispatcher serves: one function's handlers, or all of them on the HTTP host. */
export type RouteTable = Partial<Handlers>;

/**
 * What a dispatcher validates with: one function's contract (so its bundle builds no other function's schemas),
 * or the whole contract on the HTTP host.
 */
export type RouteDefs = { readonly [R in RouteName]?: RouteDef };
