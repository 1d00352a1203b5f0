import { insertAudit } from '../../db/repos/auditRepo';
import { toStoreError } from '../../db/storeErrors';
import { AppError } from '../services/appError';
import type { ApiContext, MutationContext } from './context';
import { isMethodName } from './contract/methodNames';
import { formatMessage } from './contract/messages';
import type { ApiErrorPayload, Result } from './contract/result';
import { methods } from './index';
import { toFieldIssues } from './validationIssues';

export type Dispatch = (method: string, rawInput: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors go with their stack; defaults to stderr. */
  logError?: (error: unknown, method: string) => void;
}

function failure(error: ApiErrorPayload): Result<never> {
  return { ok: false, error };
}

function toPayload(error: AppError): ApiErrorPayload {
  return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
}

/**
 * The single entry every transport uses: unknown methods and invalid input are refused before any service
 * runs; a mutation and its audit rows commit together or not at all.
 */
export function createDispatch(ctx: ApiContext, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[api] ${method} failed`, error));

  return async (method, rawInput) => {
    if (!isMethodName(method)) return failure({ code: 'UNKNOWN_METHOD', message: formatMessage('code.UNKNOWN_METHOD'), details: { method: String(method) } });
    const def = methods[method];
    const parsed = def.input.safeParse(rawInput ?? undefined);
    if (!parsed.success) {
      return failure({ code: 'VALIDATION', message: formatMessage('code.VALIDATION'), details: { fields: toFieldIssues(parsed.error) } });
    }
    try {
      if (def.kind === 'query') return { ok: true, value: await def.run(ctx, parsed.data) };
      const at = ctx.now().toISOString();
      const store = ctx.store;
      // Only an import holds a transaction open across calls (services/imports/commitImport.ts); a change made now
      // would be written inside it and undone with it if the import is cancelled.
      if (store.sqlite.inTransaction) throw new AppError('IMPORT_RUNNING');
      const value = store.transaction(() => {
        const mutationCtx: MutationContext = {
          ...ctx,
          at,
          audit: (entry) => insertAudit(store.db, { ...entry, source: entry.source ?? ctx.auditSource, actor: ctx.actor, at }),
        };
        return def.run(mutationCtx, parsed.data);
      });
      return { ok: true, value };
    } catch (caught) {
      const error = toStoreError(caught, ctx.store.file);
      if (error instanceof AppError) return failure(toPayload(error));
      logError(error, method);
      return failure({ code: 'INTERNAL', message: formatMessage('code.INTERNAL') });
    }
  };
}
