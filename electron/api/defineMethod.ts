import type { z } from 'zod';
import type { ApiContext, MutationContext } from './context';

export interface QueryMethod<S extends z.ZodType, O> {
  kind: 'query';
  input: S;
  run(ctx: ApiContext, input: z.output<S>): O | Promise<O>;
}

/** Synchronous on purpose: better-sqlite3 transactions cannot span an await. */
export interface MutationMethod<S extends z.ZodType, O> {
  kind: 'mutation';
  input: S;
  run(ctx: MutationContext, input: z.output<S>): O;
}

export type AnyMethod = QueryMethod<z.ZodType, unknown> | MutationMethod<z.ZodType, unknown>;

export function query<S extends z.ZodType, O>(input: S, run: QueryMethod<S, O>['run']): QueryMethod<S, O> {
  return { kind: 'query', input, run };
}

export function mutation<S extends z.ZodType, O>(input: S, run: MutationMethod<S, O>['run']): MutationMethod<S, O> {
  return { kind: 'mutation', input, run };
}
