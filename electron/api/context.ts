import type { Store } from '../../db/client';
import type { AuditAction } from '../../db/schema';

export type Locale = 'zh-CN' | 'en';

/** What every API method may use; built once per process by the transport's host (main.ts, serve.ts, tests). */
export interface ApiContext {
  store: Store;
  /** The operator recorded in the audit log. */
  actor: string;
  now(): Date;
  appVersion: string;
  /** Root of the data folder; attachments live under `<dataDir>/attachments/`. Without it attachments are refused. */
  dataDir?: string;
  /** Lets the desktop shell follow the renderer's language (menu labels). */
  onLocaleChanged?(locale: Locale): void;
}

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** A mutation runs inside one transaction; `audit` writes its row in that same transaction. */
export interface MutationContext extends ApiContext {
  /** ISO timestamp of this change, the same for every row it touches. */
  at: string;
  audit(entry: AuditInput): void;
}
