import { isOperatorObject } from './query-guard';
import { StoreQueryError, type Filter, type Update } from './types';

/**
 * Translates the DocStore filter and update language to the WeChat cloud database's `db.command`.
 * Pure functions over the command object, so they are unit-tested without a WeChat environment.
 */
export interface WxCommand {
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  in(values: unknown[]): unknown;
  nin(values: unknown[]): unknown;
  exists(flag: boolean): unknown;
  and(...conditions: unknown[]): unknown;
  or(conditions: unknown[]): unknown;
  set(value: unknown): unknown;
  remove(): unknown;
  inc(value: number): unknown;
  push(values: unknown[]): unknown;
  addToSet(value: unknown): unknown;
  pull(value: unknown): unknown;
}

const FIELD_COMMANDS: Record<string, (_: WxCommand, operand: unknown) => unknown> = {
  $eq: (_, v) => _.eq(v),
  $ne: (_, v) => _.neq(v),
  $gt: (_, v) => _.gt(v),
  $gte: (_, v) => _.gte(v),
  $lt: (_, v) => _.lt(v),
  $lte: (_, v) => _.lte(v),
  $in: (_, v) => _.in(v as unknown[]),
  $nin: (_, v) => _.nin(v as unknown[]),
  $exists: (_, v) => _.exists(v as boolean),
};

function fieldCondition(_: WxCommand, value: unknown): unknown {
  if (!isOperatorObject(value)) return value;
  const conditions = Object.entries(value).map(([op, operand]) => {
    const command = FIELD_COMMANDS[op];
    if (!command) throw new StoreQueryError(`unsupported operator ${op}`);
    return command(_, operand);
  });
  return conditions.length === 1 ? conditions[0] : _.and(...conditions);
}

export function toWxWhere(filter: Filter, _: WxCommand): Record<string, unknown> | unknown {
  const plain: Record<string, unknown> = {};
  const logical: unknown[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and') logical.push(_.and(...(value as Filter[]).map((part) => toWxWhere(part, _))));
    else if (key === '$or') logical.push(_.or((value as Filter[]).map((part) => toWxWhere(part, _))));
    else plain[key] = fieldCondition(_, value);
  }
  if (logical.length === 0) return plain;
  return Object.keys(plain).length === 0 && logical.length === 1 ? logical[0] : _.and(plain, ...logical);
}

/** `_.set` on every `$set`, so nested objects are replaced rather than merged (WeChat merges plain objects). */
export function toWxUpdate(update: Update, _: WxCommand): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const each = (fields: Record<string, unknown> | undefined, make: (value: unknown) => unknown) => {
    for (const [path, value] of Object.entries(fields ?? {})) data[path] = make(value);
  };
  each(update.$set, (v) => _.set(v));
  each(update.$unset, () => _.remove());
  each(update.$inc, (v) => _.inc(v as number));
  each(update.$push, (v) => _.push([v]));
  each(update.$addToSet, (v) => _.addToSet(v));
  each(update.$pull, (v) => _.pull(v));
  return data;
}
