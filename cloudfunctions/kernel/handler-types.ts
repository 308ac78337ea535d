import type { z } from 'zod';
import type { Contract, RouteName } from '../../types/contract';
import type { CallContext } from './context';

/** A route's service entry: parsed input in, output (checked against the contract afterwards) out. */
export type Handler<R extends RouteName> = (
  input: z.output<Contract[R]['input']>,
  ctx: CallContext,
) => Promise<z.input<Contract[R]['output']>>;

export type Handlers = { [R in RouteName]: Handler<R> };
